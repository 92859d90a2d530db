using System.Collections.Frozen;

namespace NoteAddin.Checking.Text;

/// <summary>
/// Splits a note into sentences the way a reader counts them for the "at most two sentences" rule: a full stop
/// after an abbreviation ("z. B.", "e.g.", "approx."), inside a number ("0,0 %", "2.5", "v2.5"), after a date or
/// list number followed by a lower-case word ("am 03.04. angerufen"), after one-letter shorthand or an initial ("n.
/// erreichbar", "(J. Okafor)") does not end a sentence; a line break does.
/// </summary>
public sealed class SentenceSplitter
{
    // Each abbreviation under the letter before each of its dots ("z. B." under 'z' and 'b'): a full stop is tried
    // only against the few abbreviations whose dot could be this one, not against the whole list.
    private readonly FrozenDictionary<char, (string Abbreviation, int Dot)[]> _abbreviationsByLetter;
    private readonly bool _ordinalDots;

    /// <param name="abbreviations">Abbreviations as written, dots included ("z. B.", "e.g.", "ca.").</param>
    /// <param name="ordinalDots">German writes ordinals and dates with a dot before capitalised nouns ("2. Welle",
    /// "am 03.04. Termin"): there a number's dot never ends a sentence.</param>
    public SentenceSplitter(IEnumerable<string> abbreviations, bool ordinalDots = false)
    {
        _abbreviationsByLetter = abbreviations
            .Where(a => a.Contains('.'))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .SelectMany(a => Enumerable.Range(1, a.Length - 1).Where(dot => a[dot] == '.').Select(dot => (Abbreviation: a, Dot: dot)))
            .GroupBy(d => char.ToLowerInvariant(d.Abbreviation[d.Dot - 1]))
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _ordinalDots = ordinalDots;
    }

    public List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>(4);
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(text, sentences, start, i);
                start = i + 1;
                i++;
                continue;
            }

            if (c is '.' or '!' or '?' or '\u2026')
            {
                var end = i + 1;
                while (end < text.Length && IsClosing(text[end]))
                {
                    end++;
                }

                if (EndsSentence(text, i, end))
                {
                    Add(text, sentences, start, end);
                    start = end;
                }

                i = end;
                continue;
            }

            i++;
        }

        Add(text, sentences, start, text.Length);
        return sentences;
    }

    private static bool IsClosing(char c) => c is '.' or '!' or '?' or '\u2026' or ')' or ']' or '"' or '\'' or '\u201C' or '\u201D' or '\u2019' or '\u00BB';

    private bool EndsSentence(string text, int mark, int after)
    {
        // Text glued to the mark ("2.5", "e.g.x", "contoso.com") never ends a sentence.
        if (after < text.Length && !char.IsWhiteSpace(text[after]))
        {
            return false;
        }

        // A dot closed only by brackets ("(12 Stk.) bis", "(approx.) for") is read like a bare dot: the bracket
        // closes an aside, and whether the sentence ends is still the abbreviation's or the next word's to say.
        if (text[mark] != '.' || (after - mark > 1 && !ClosedOnlyByBrackets(text, mark + 1, after)))
        {
            return true;
        }

        if (IsAbbreviation(text, mark))
        {
            return false;
        }

        var tokenStart = mark;
        while (tokenStart > 0 && !char.IsWhiteSpace(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        var token = text.AsSpan(tokenStart, mark - tokenStart);
        if (token.Length > 0 && IsNumberLike(token))
        {
            // "1." at the start of a line is a list marker; "03.04." or "3." before a lower-case word is a date or
            // ordinal, and so is the last date of a run ("03.04./05.04.").
            var lastDate = token[(token.LastIndexOf('/') + 1)..];
            if (IsLineStart(text, tokenStart) || NextWordIsLowerCase(text, after) || (_ordinalDots && lastDate.Length <= 5))
            {
                return false;
            }
        }

        return !IsSingleLetterShorthand(text, tokenStart, token);
    }

    private static bool ClosedOnlyByBrackets(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is not (')' or ']'))
            {
                return false;
            }
        }

        return true;
    }

    // One letter and a dot is shorthand, not a sentence's last word: lower case is a clipped word ("Kd. n.
    // erreichbar", "w. o."), a capital after an opening bracket or a capitalised word is an initial ("(J. Okafor)",
    // "Frau M. Weber"). A capital after a lower-case word ("… plan B. Next …") still ends the sentence.
    private static bool IsSingleLetterShorthand(string text, int tokenStart, ReadOnlySpan<char> token)
    {
        var opened = token.Length == 2 && (token[0] is '(' or '[');
        var letter = token.Length == 1 ? token[0] : opened ? token[1] : '\0';
        if (!char.IsLetter(letter))
        {
            return false;
        }

        return char.IsLower(letter) || opened || PreviousWordIsCapitalised(text, tokenStart);
    }

    private static bool PreviousWordIsCapitalised(string text, int tokenStart)
    {
        var i = tokenStart - 1;
        while (i >= 0 && (text[i] is ' ' or '\t'))
        {
            i--;
        }

        if (i < 0 || !char.IsLetter(text[i]))
        {
            return false;
        }

        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return char.IsUpper(text[i]);
    }

    private bool IsAbbreviation(string text, int mark)
    {
        if (mark == 0 || !_abbreviationsByLetter.TryGetValue(char.ToLowerInvariant(text[mark - 1]), out var candidates))
        {
            return false;
        }

        foreach (var (abbreviation, k) in candidates)
        {
            var begin = mark - k;
            if (begin < 0 || begin + abbreviation.Length > text.Length)
            {
                continue;
            }

            if (begin > 0 && char.IsLetterOrDigit(text[begin - 1]))
            {
                continue;
            }

            if (text.AsSpan(begin, abbreviation.Length).Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                // Only the abbreviation's own dots are covered; its last dot may still end a sentence when the
                // abbreviation closes it ("…, Teams usw. Kunde …") — a capitalised next word cannot tell, so we
                // keep the conservative reading and count one sentence fewer rather than one more.
                return true;
            }
        }

        return false;
    }

    private static bool IsNumberLike(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c) && c != '.' && c != ',' && c != '/')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLineStart(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (text[i] is '\n' or '\r')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NextWordIsLowerCase(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return char.IsLower(text[i]) || char.IsAsciiDigit(text[i]);
            }
        }

        return false;
    }

    private static void Add(string text, List<Sentence> sentences, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                sentences.Add(new Sentence(start, end));
                return;
            }
        }
    }
}
