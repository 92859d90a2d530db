namespace NoteAddin.Checking.Mail;

/// <summary>Small questions about a stretch of the mail's text, asked by several of the mail reader's parts.</summary>
internal static class LineText
{
    /// <summary>The first letter or digit in [<paramref name="from"/>, <paramref name="to"/>), or <paramref name="to"/>.</summary>
    public static int FirstWordStart(string text, int from, int to)
    {
        while (from < to && !char.IsLetterOrDigit(text[from]))
        {
            from++;
        }

        return from;
    }

    /// <summary>Words (runs of letters and digits) in [<paramref name="from"/>, <paramref name="to"/>), counted up to <paramref name="max"/> + 1.</summary>
    public static int WordCount(string text, int from, int to, int max = int.MaxValue)
    {
        var count = 0;
        var inWord = false;
        for (var i = from; i < to && count <= max; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    /// <summary>The last character in [<paramref name="from"/>, <paramref name="to"/>) that is not white space or closing markup, or '\0'.</summary>
    public static char LastMark(string text, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            var c = text[i];
            if (!char.IsWhiteSpace(c) && c is not ('*' or '_' or '"' or '\'' or ')' or '\u201C' or '\u201D'))
            {
                return c;
            }
        }

        return '\0';
    }

    public static bool ContainsLetterOrDigitBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>[<paramref name="from"/>, <paramref name="to"/>) without surrounding white space.</summary>
    public static (int Start, int End) Trim(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        return (from, to);
    }

    /// <summary>[<paramref name="from"/>, <paramref name="to"/>) without the quotation marks around all of it
    /// ("\"Customer does not respond.\"", „Kunde reagiert nicht.“); unchanged when only one end is quoted.</summary>
    public static (int Start, int End) Unquote(string text, int from, int to)
    {
        if (to - from <= 2 || !IsQuote(text[from]) || !IsQuote(text[to - 1]))
        {
            return (from, to);
        }

        for (var i = from + 1; i < to - 1; i++)
        {
            if (IsQuote(text[i]))
            {
                return (from, to); // "Teams" läuft, "Intune" folgt: two quotations, not one quoted note
            }
        }

        return Trim(text, from + 1, to - 1);
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';
}
