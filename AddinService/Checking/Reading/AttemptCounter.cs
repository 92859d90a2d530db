using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Reading;

/// <summary>
/// Adds up contact attempts written as numbers before an attempt word: "3 Kontaktversuche", "three emails and two
/// calls" (5), "4 Mails und 2 Anrufe" (6), "dreimal angeschrieben", "3x" (suffixes from the pack's
/// "attemptSuffixes"). A stated total and its parts ("7 attempts: 4 emails, 2 calls, 1 message") are not added
/// together: the larger of the two counts. Null when no number.
/// </summary>
internal static class AttemptCounter
{
    // How many words may stand between the number and the attempt word ("3 unanswered emails").
    private const int MaxGap = 2;

    public static int? Count(NoteReading reading)
    {
        var counted = new HashSet<int>();
        var totals = Sum(reading, reading.Pack.Categories.AttemptUnit, counted);
        var channels = Sum(reading, reading.Pack.Categories.AttemptChannel, counted);
        return totals is null ? channels : channels is null ? totals : Math.Max(totals.Value, channels.Value);
    }

    private static int? Sum(NoteReading reading, int category, HashSet<int> counted)
    {
        var folded = reading.Folded;
        var pack = reading.Pack;
        int? total = null;
        foreach (var unit in reading.All(category))
        {
            var wordStart = unit.FoldedStart;
            while (wordStart > 0 && folded.IsWordChar(wordStart - 1))
            {
                wordStart--;
            }

            // The unit word itself may carry the number: "dreimal", "3x".
            var number = NumberAt(folded, pack, wordStart, unit.FoldedEnd, allowSuffix: true);
            var position = wordStart;
            for (var gap = 0; number is null && gap <= MaxGap; gap++)
            {
                var (prevStart, prevEnd) = PreviousWord(folded, position);
                if (prevStart < 0)
                {
                    break;
                }

                number = NumberAt(folded, pack, prevStart, prevEnd, allowSuffix: false);
                position = prevStart;
            }

            // "4 contact attempts" is found as "contact attempts" and as "attempts": one number, counted once.
            if (number is { } n && counted.Add(position))
            {
                total = (total ?? 0) + n;
            }
        }

        return total;
    }

    private static (int Start, int End) PreviousWord(NormalizedText folded, int before)
    {
        var end = before;
        while (end > 0 && !folded.IsWordChar(end - 1))
        {
            if (folded.Chars[end - 1] is '.' or ',' or ';' or ':')
            {
                return (-1, -1);
            }

            end--;
        }

        var start = end;
        while (start > 0 && folded.IsWordChar(start - 1))
        {
            start--;
        }

        return start < end ? (start, end) : (-1, -1);
    }

    private static int? NumberAt(NormalizedText folded, Packs.CompiledPack pack, int start, int end, bool allowSuffix)
    {
        var word = folded.Span[start..end];
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits <= 3 && (digits == word.Length || (allowSuffix && pack.AttemptSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[digits..]))))
        {
            return int.Parse(word[..digits]);
        }

        var lookup = pack.NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(word, out var value) ? value : null;
    }
}
