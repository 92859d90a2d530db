namespace NoteAddin.Checking.Mail;

/// <summary>A line of the mail's text, trimmed of white space: [Start, End) in UTF-16 units; a blank line has Start == End.</summary>
internal readonly record struct MailLine(int Start, int End)
{
    public bool IsBlank => Start == End;

    public int Length => End - Start;

    /// <summary>Splits at every line break a mail client writes: CR LF, LF, CR, and Word's vertical tab and separators.</summary>
    public static MailLine[] Split(string text)
    {
        var lines = new List<MailLine>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsBreak(text[i]))
            {
                continue;
            }

            lines.Add(Trimmed(text, start, i));
            if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        return lines.ToArray();
    }

    public static bool IsBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    private static MailLine Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new MailLine(start, end);
    }
}
