namespace NoteAddin.Checking.Mail;

/// <summary>Bullets and list numbers in front of a line's words: "- ", "• ", "·", "1. ", "2) ", "a) ", "(3) ".</summary>
internal static class ListMarker
{
    /// <returns>Where the line's words start after its list marker; <paramref name="from"/> when it has none.</returns>
    public static int Skip(string text, int from, int to)
    {
        var i = from;
        if (i < to && IsBullet(text[i]))
        {
            while (i < to && IsBullet(text[i]))
            {
                i++;
            }

            return AfterSpace(text, i, to, from);
        }

        // "o " is how Outlook writes a second-level bullet in plain text.
        if (i + 1 < to && text[i] == 'o' && text[i + 1] is ' ' or '\t')
        {
            return AfterSpace(text, i + 1, to, from);
        }

        var open = i < to && text[i] == '(';
        if (open)
        {
            i++;
        }

        var digits = 0;
        while (i < to && char.IsAsciiDigit(text[i]) && digits < 3)
        {
            i++;
            digits++;
        }

        if (digits == 0 && i + 1 < to && char.IsAsciiLetterLower(text[i]) && text[i + 1] == ')')
        {
            i++;
            digits = 1;
        }

        if (digits == 0 || i >= to)
        {
            return from;
        }

        if (text[i] == ')' || (!open && text[i] == '.'))
        {
            return AfterSpace(text, i + 1, to, from);
        }

        return from;
    }

    /// <summary>Whether the line opens with a list marker.</summary>
    public static bool Has(string text, int from, int to) => Skip(text, from, to) != from;

    private static bool IsBullet(char c) =>
        c is '-' or '*' or '+' or '\u2022' or '\u00B7' or '\u25AA' or '\u25E6' or '\u2023' or '\u25CB' or '\u25CF' or '\u25A0'
            or '\u25A1' or '\u27A2' or '\u25BA' or '\u2013' or '\u2014' or '\u2192' or '\u2713' or '\u2714' or '\uF0B7' or '\uF0A7';

    // A marker is followed by white space ("-Teams" is not a list item; "1.5 GB" is no list number).
    private static int AfterSpace(string text, int i, int to, int from)
    {
        if (i >= to || !char.IsWhiteSpace(text[i]))
        {
            return from;
        }

        while (i < to && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
