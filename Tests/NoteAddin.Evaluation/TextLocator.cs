namespace NoteAddin.Evaluation;

/// <summary>
/// Finds a labelled note's words in a mail's visible text, ignoring how white space is laid out (a labeller's single
/// space may be a line break or a no-break space in the mail), and maps the find back to exact offsets.
/// </summary>
public static class TextLocator
{
    /// <summary>Every place (at most <paramref name="max"/>) the words occur: [Start, End) in <paramref name="text"/>.</summary>
    public static List<(int Start, int End)> FindAll(string text, string words, int max = 2)
    {
        var (haystack, origin) = Collapse(text);
        var (needle, _) = Collapse(words.Trim());
        var found = new List<(int, int)>();
        if (needle.Length == 0)
        {
            return found;
        }

        var from = 0;
        while (found.Count < max)
        {
            var at = haystack.IndexOf(needle, from, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            found.Add((origin[at], origin[at + needle.Length - 1] + 1));
            from = at + 1;
        }

        return found;
    }

    private static (string Text, int[] Origin) Collapse(string text)
    {
        var chars = new char[text.Length];
        var origin = new int[text.Length];
        var n = 0;
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space)
            {
                chars[n] = ' ';
                origin[n++] = i - 1;
                space = false;
            }

            chars[n] = c;
            origin[n++] = i;
        }

        return (new string(chars, 0, n), origin);
    }
}
