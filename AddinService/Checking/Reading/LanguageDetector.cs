using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Reading;

/// <summary>
/// Tells German from English by counting each pack's common words ("der", "nicht", "wird" / "the", "not", "will");
/// umlauts and ß count for German. Ties and notes with no evidence fall back to English (API.md).
/// </summary>
public static class LanguageDetector
{
    public const string Fallback = "en";

    public static string Detect(string text, NormalizedText folded, IReadOnlyDictionary<string, CompiledPack> packs)
    {
        var best = Fallback;
        var bestScore = 0;
        var tied = true;
        foreach (var (language, pack) in packs)
        {
            var score = Count(folded, pack);
            if (language == "de")
            {
                score += CountGermanLetters(text);
            }

            if (score > bestScore)
            {
                best = language;
                bestScore = score;
                tied = false;
            }
            else if (score == bestScore)
            {
                tied = true;
            }
        }

        // Two-word notes ("Dupliziert.", "Status unbekannt") carry no common words: let each pack's own phrases vote.
        return tied ? ByPhrases(folded, packs) : best;
    }

    private static string ByPhrases(NormalizedText folded, IReadOnlyDictionary<string, CompiledPack> packs)
    {
        var best = Fallback;
        var bestCount = 0;
        var matches = new List<Matching.PhraseMatch>();
        foreach (var (language, pack) in packs)
        {
            matches.Clear();
            pack.Automaton.Scan(folded, matches);
            if (matches.Count > bestCount)
            {
                best = language;
                bestCount = matches.Count;
            }
        }

        return best;
    }

    private static int Count(NormalizedText folded, CompiledPack pack)
    {
        var lookup = pack.DetectionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = folded.Span;
        var count = 0;
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetter(span[i]))
            {
                i++;
            }

            var start = i;
            while (i < span.Length && (char.IsLetter(span[i]) || span[i] == '\''))
            {
                i++;
            }

            if (i > start && lookup.Contains(span[start..i]))
            {
                count++;
            }
        }

        return count;
    }

    private static int CountGermanLetters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is 'ä' or 'ö' or 'ü' or 'Ä' or 'Ö' or 'Ü' or 'ß')
            {
                count++;
            }
        }

        return Math.Min(count, 3);
    }
}
