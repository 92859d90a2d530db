using System.Collections.Frozen;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Reading;

/// <summary>
/// Adds up contact attempts written as numbers before an attempt word: "3 Kontaktversuche", "three emails and two
/// calls" (5), "4 Mails und 2 Anrufe" (6), "dreimal angeschrieben", "3x" (suffixes from the pack's
/// "attemptSuffixes"). A stated total and its parts ("7 attempts: 4 emails, 2 calls, 1 message") are not added
/// together: the larger of the two counts. Null when no number. <see cref="CountOtherwise"/> reads the other ways
/// writers give the number.
/// </summary>
internal static class AttemptCounter
{
    // How many words may stand between the number and the attempt word ("3 unanswered emails").
    private const int MaxGap = 2;

    // How many words may stand between an attempt word and its times word ("emailed the HR director twice").
    private const int MaxTimesGap = 4;

    public static int? Count(NoteReading reading)
    {
        var counted = new HashSet<int>();
        var totals = Sum(reading, reading.Pack.Categories.AttemptUnit, counted);
        var channels = Sum(reading, reading.Pack.Categories.AttemptChannel, counted);
        return Larger(totals, channels);
    }

    /// <summary>
    /// The attempts a note counts without a number before an attempt word, as writers and second readers count them:
    /// the latest one's place ("the 5th contact attempt", "zweiter Anruf und dritte Mail": 5), a times word after
    /// the attempt ("called twice and emailed once": 3), or the dates listed (<see cref="AttemptDates"/>). Null when none.
    /// </summary>
    public static int? CountOtherwise(NoteReading reading)
    {
        var pack = reading.Pack;
        var c = pack.Categories;
        var counted = new HashSet<int>();
        var ordinals = Larger(
            Sum(reading, c.AttemptUnit, counted, pack.OrdinalWords),
            Larger(Sum(reading, c.AttemptChannel, counted, pack.OrdinalWords), Sum(reading, c.ContactAttempt, counted, pack.OrdinalWords)));
        return ordinals ?? Times(reading) ?? AttemptDates.Count(reading.Folded.Span);
    }

    private static int? Larger(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    // "called twice", "emailed the CIO twice and rang once": a times word a few words after each attempt word.
    private static int? Times(NoteReading reading)
    {
        if (reading.Pack.TimesWords.Count == 0)
        {
            return null;
        }

        var folded = reading.Folded;
        var times = reading.Pack.TimesWords.GetAlternateLookup<ReadOnlySpan<char>>();
        int? total = null;
        var counted = -1;
        foreach (var attempt in reading.All(reading.Pack.Categories.ContactAttempt))
        {
            var position = attempt.FoldedEnd;
            for (var gap = 0; gap <= MaxTimesGap; gap++)
            {
                var (start, end) = NextWord(folded, position);
                if (start < 0)
                {
                    break;
                }

                if (times.TryGetValue(folded.Span[start..end], out var n))
                {
                    // Two attempt words before one times word ("emailed and called twice") count it once.
                    if (start != counted)
                    {
                        total = (total ?? 0) + n;
                        counted = start;
                    }

                    break;
                }

                position = end;
            }
        }

        return total;
    }

    // With `ordinals`, the attempt word's place ("5th attempt") instead of a number before it ("5 attempts").
    private static int? Sum(NoteReading reading, int category, HashSet<int> counted, FrozenDictionary<string, int>? ordinals = null)
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
            var number = ordinals is null ? NumberAt(folded, pack, wordStart, unit.FoldedEnd, allowSuffix: true) : null;
            var position = wordStart;
            for (var gap = 0; number is null && gap <= MaxGap; gap++)
            {
                var (prevStart, prevEnd) = PreviousWord(folded, position);
                if (prevStart < 0)
                {
                    break;
                }

                number = ordinals is null ? NumberAt(folded, pack, prevStart, prevEnd, allowSuffix: false) : WordAt(folded, ordinals, prevStart, prevEnd);
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

    private static int? WordAt(NormalizedText folded, FrozenDictionary<string, int> words, int start, int end) =>
        words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded.Span[start..end], out var value) ? value : null;

    private static (int Start, int End) NextWord(NormalizedText folded, int after)
    {
        var start = after;
        while (start < folded.Length && !folded.IsWordChar(start))
        {
            if (folded.Chars[start] is '.' or ',' or ';' or ':')
            {
                return (-1, -1);
            }

            start++;
        }

        var end = start;
        while (end < folded.Length && folded.IsWordChar(end))
        {
            end++;
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
