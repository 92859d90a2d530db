using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Suggesting;

/// <summary>
/// A slot takes a whole phrase from the note or stays open for the writer. The note's own linking words are
/// dropped (the template has its own: "due to [primary issue]" + "because of the proxy" is not "due to because of
/// the proxy"); a phrase that then starts with a preposition or conjunction, or ends with one or an article, is a fragment
/// ("of various technical and", "für das Gespräch") and is refused, as is one whose first word repeats the
/// template's word right before the slot.
/// </summary>
internal static class SlotPhrase
{
    public static string? Fit(string value, string templateBefore, SlotText words)
    {
        var phrase = value.Trim().TrimEnd('.', ',', ';', ':', '!', '?', ' ', '-', '–');
        var folded = NormalizedText.FoldPhrase(phrase);
        foreach (var linking in words.Linking)
        {
            if (folded.Length > linking.Length && folded.StartsWith(linking, StringComparison.Ordinal) && folded[linking.Length] == ' ')
            {
                phrase = DropWords(phrase, linking.Count(c => c == ' ') + 1);
                folded = NormalizedText.FoldPhrase(phrase);
                break;
            }
        }

        var parts = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || words.NeverFirst.Contains(parts[0]) || words.NeverLast.Contains(parts[^1].TrimEnd(',', ')', '"')))
        {
            return null;
        }

        var before = NormalizedText.FoldPhrase(templateBefore).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return before.Length > 0 && before[^1] == parts[0] ? null : phrase;
    }

    private static string DropWords(string phrase, int count)
    {
        var i = 0;
        for (var dropped = 0; dropped < count && i < phrase.Length; dropped++)
        {
            while (i < phrase.Length && !char.IsWhiteSpace(phrase[i]))
            {
                i++;
            }

            while (i < phrase.Length && char.IsWhiteSpace(phrase[i]))
            {
                i++;
            }
        }

        return phrase[i..];
    }
}
