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

    // One date says when, not how often ("Mail an den CIO vom 28.11."): writers split on it, so it counts nothing.
    private const int FewestListedDates = 2;

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
    /// the attempt ("called twice and emailed once": 3), or the dates listed (<see cref="ListedDates"/>). Null when none.
    /// </summary>
    public static int? CountOtherwise(NoteReading reading)
    {
        var pack = reading.Pack;
        var c = pack.Categories;
        var counted = new HashSet<int>();
        var ordinals = Larger(
            Sum(reading, c.AttemptUnit, counted, pack.OrdinalWords),
            Larger(Sum(reading, c.AttemptChannel, counted, pack.OrdinalWords), Sum(reading, c.ContactAttempt, counted, pack.OrdinalWords)));
        return ordinals ?? Times(reading) ?? ListedDates(reading.Folded.Span);
    }

    private static int? Larger(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    // "called twice", "emailed the CIO twice and rang once": a times word a few words after each attempt word.
    private static int? Times(NoteReading reading)
    {
        var folded = reading.Folded;
        var times = reading.Pack.TimesWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (reading.Pack.TimesWords.Count == 0)
        {
            return null;
        }

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

    /// <summary>
    /// How many numeric dates the text lists ("05.03.", "19.03.2025", "10/16", "03-18", "2025-03-18"), when at least
    /// two; null otherwise. One pass, no backtracking: a date is one or two digits, a separator, one or two digits, then
    /// optionally the same separator and a two- or four-digit year — or the year first, as ISO writes it — standing
    /// apart from other digits and letters.
    /// </summary>
    internal static int? ListedDates(ReadOnlySpan<char> text)
    {
        var dates = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && StandsInside(text[i - 1])))
            {
                i++;
                continue;
            }

            var end = DateEnd(text, i);
            if (end > i)
            {
                dates++;
                i = end;
                continue;
            }

            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        return dates >= FewestListedDates ? dates : null;
    }

    // A digit after a letter, a digit or a separator belongs to a longer token ("KW18", "1.200", "2024-05-03").
    private static bool StandsInside(char before) => char.IsLetterOrDigit(before) || before is '.' or '/' or '-';

    // Where the date starting at `start` ends, or `start` when none starts there.
    private static int DateEnd(ReadOnlySpan<char> text, int start)
    {
        var iso = IsoDateEnd(text, start);
        if (iso > start)
        {
            return iso;
        }

        var i = start;
        var first = Digits(text, ref i, 2);
        if (first < 1 || i >= text.Length || text[i] is not ('.' or '/' or '-'))
        {
            return start;
        }

        var separator = text[i++];
        var second = Digits(text, ref i, 2);
        var dayMonth = first <= 31 && second is >= 1 and <= 12;
        var monthDay = first <= 12 && second is >= 1 and <= 31;
        if (second < 1 || !(dayMonth || monthDay))
        {
            return start;
        }

        if (i + 1 < text.Length && text[i] == separator && char.IsAsciiDigit(text[i + 1]))
        {
            var yearStart = ++i;
            Digits(text, ref i, 4);
            if (i - yearStart is not (2 or 4))
            {
                return start;
            }
        }
        else if (i < text.Length && text[i] == '.' && separator == '.')
        {
            i++; // the German date's closing dot: "05.03."
        }

        return i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '/' or '-') ? start : i;
    }

    // Where an ISO date ("2025-03-18") starting at `start` ends, or `start` when none starts there.
    private static int IsoDateEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        if (Digits(text, ref i, 4) < 0 || i - start != 4 || i >= text.Length || text[i] != '-')
        {
            return start;
        }

        i++;
        var month = Digits(text, ref i, 2);
        if (month is < 1 or > 12 || i >= text.Length || text[i] != '-')
        {
            return start;
        }

        i++;
        var day = Digits(text, ref i, 2);
        return day is < 1 or > 31 || (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '/' or '-')) ? start : i;
    }

    // Reads up to `most` ASCII digits at i (advancing it); their value, or -1 when none or when more digits follow.
    private static int Digits(ReadOnlySpan<char> text, ref int i, int most)
    {
        var value = 0;
        var count = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            if (++count > most)
            {
                return -1;
            }

            value = (value * 10) + (text[i++] - '0');
        }

        return count == 0 ? -1 : value;
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
