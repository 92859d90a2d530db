namespace NoteAddin.Checking.Reading;

/// <summary>
/// Contact attempts counted by their dates ("Kontaktversuche am 05.03., 19.03. und 02.04.", "emailed 10/2, 10/16,
/// 10/30"), as writers count them: one date says when, not how often ("Mail an den CIO vom 28.11."), and writers split
/// on it, so it counts nothing.
/// </summary>
internal static class AttemptDates
{
    private const int FewestListedDates = 2;

    /// <summary>
    /// How many numeric dates the text lists ("05.03.", "19.03.2025", "10/16", "03-18", "2025-03-18"), when at least
    /// two; null otherwise. One pass, no backtracking: a date is one or two digits, a separator, one or two digits, then
    /// optionally the same separator and a two- or four-digit year — or the year first, as ISO writes it — standing
    /// apart from other digits and letters.
    /// </summary>
    public static int? Count(ReadOnlySpan<char> text)
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
}
