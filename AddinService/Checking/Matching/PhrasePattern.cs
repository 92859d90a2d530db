using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Matching;

/// <summary>
/// A rule-pack phrase as the matcher sees it. The pack's syntax: a phrase matches whole words unless it carries a
/// star — "deploy*" also matches "deployment", "*migration" also matches "Postfachmigration", "*firewall*" matches
/// inside any word. A trailing "^2" gives the phrase a weight (default 1) where the pack scores evidence.
/// </summary>
public sealed record PhrasePattern(string Folded, bool WordStart, bool WordEnd, double Weight)
{
    /// <summary>Whether the pattern matches all of <paramref name="folded"/> (one folded word or phrase, not a note):
    /// "set up" only "set up", "*ed" any word ending in "ed", "sommer*" "sommerferien".</summary>
    public bool MatchesAll(string folded) => (WordStart, WordEnd) switch
    {
        (true, true) => folded == Folded,
        (true, false) => folded.StartsWith(Folded, StringComparison.Ordinal),
        (false, true) => folded.EndsWith(Folded, StringComparison.Ordinal),
        _ => folded.Contains(Folded, StringComparison.Ordinal),
    };

    public static bool TryParse(string raw, out PhrasePattern pattern, out string error)
    {
        pattern = null!;
        var text = raw.Trim();
        var weight = 1.0;
        var caret = text.LastIndexOf('^');
        if (caret >= 0)
        {
            if (!double.TryParse(text.AsSpan(caret + 1), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out weight) || weight <= 0)
            {
                error = $"the weight after '^' in \"{raw}\" must be a positive number";
                return false;
            }

            text = text[..caret].TrimEnd();
        }

        var wordStart = !text.StartsWith('*');
        var wordEnd = !text.EndsWith('*');
        text = text.Trim('*');
        var folded = NormalizedText.FoldPhrase(text);
        if (folded.Length == 0)
        {
            error = $"the phrase \"{raw}\" is empty";
            return false;
        }

        foreach (var c in folded)
        {
            if (c >= 128)
            {
                error = $"the phrase \"{raw}\" contains '{c}', which the matcher cannot fold to plain letters";
                return false;
            }
        }

        pattern = new PhrasePattern(folded, wordStart, wordEnd, weight);
        error = string.Empty;
        return true;
    }
}
