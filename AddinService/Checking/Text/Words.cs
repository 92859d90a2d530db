namespace NoteAddin.Checking.Text;

/// <summary>The engine's one way to count a text's words: runs of letters and digits ("E-Mail" and "1,200" are two
/// words each, "M365" one).</summary>
public static class Words
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c);
            if (wordChar && !inWord)
            {
                words++;
            }

            inWord = wordChar;
        }

        return words;
    }
}
