namespace NoteAddin.Checking.Text;

/// <summary>
/// The note folded for matching: lower case, umlauts spelled out (ä → ae, ß → ss) so "Übernahme" and "Uebernahme"
/// meet the same pattern, curly apostrophes straightened, every run of white space one space. Each folded character
/// remembers the index of the original character it came from, so matches map back to UTF-16 spans of the input.
/// </summary>
public sealed class NormalizedText
{
    private NormalizedText(char[] chars, int[] origin, int length, int originalLength)
    {
        Chars = chars;
        Origin = origin;
        Length = length;
        OriginalLength = originalLength;
    }

    /// <summary>Folded characters; only the first <see cref="Length"/> are meaningful.</summary>
    public char[] Chars { get; }

    /// <summary>For each folded character, the index of the original character it came from.</summary>
    public int[] Origin { get; }

    public int Length { get; }

    public int OriginalLength { get; }

    public ReadOnlySpan<char> Span => Chars.AsSpan(0, Length);

    /// <summary>Start of a folded range in the original text.</summary>
    public int OriginalStart(int foldedStart) => foldedStart < Length ? Origin[foldedStart] : OriginalLength;

    /// <summary>End (exclusive) of a folded range in the original text.</summary>
    public int OriginalEnd(int foldedEnd) => foldedEnd <= 0 ? 0 : Origin[foldedEnd - 1] + 1;

    public bool IsWordChar(int index) => index >= 0 && index < Length && char.IsLetterOrDigit(Chars[index]);

    public static NormalizedText Create(string text)
    {
        // Only a few letters fold to two characters (ä → ae); count them so the arrays are exactly as long as
        // needed. Sizing for the worst case (twice the input) made these two arrays a third of a check's allocations.
        var capacity = text.Length;
        foreach (var c in text)
        {
            if (c >= 128 && TextFolding.Fold(c).Second != '\0')
            {
                capacity++;
            }
        }

        var chars = new char[capacity];
        var origin = new int[capacity];
        var n = 0;
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = n > 0;
                continue;
            }

            if (pendingSpace)
            {
                chars[n] = ' ';
                origin[n++] = i - 1;
                pendingSpace = false;
            }

            var folded = TextFolding.Fold(c);
            chars[n] = folded.First;
            origin[n++] = i;
            if (folded.Second != '\0')
            {
                chars[n] = folded.Second;
                origin[n++] = i;
            }
        }

        return new NormalizedText(chars, origin, n, text.Length);
    }

    /// <summary>
    /// The text with some words replaced (typo fixes). Each new character points at the original word, and the
    /// replacement's last character at the original's last, so a match on the mended word spans the word as typed.
    /// </summary>
    public NormalizedText WithWordsReplaced(IReadOnlyList<(int Start, int End, string Word)> replacements)
    {
        var length = Length;
        foreach (var (start, end, word) in replacements)
        {
            length += word.Length - (end - start);
        }

        var chars = new char[length];
        var origin = new int[length];
        var from = 0;
        var to = 0;
        foreach (var (start, end, word) in replacements)
        {
            Array.Copy(Chars, from, chars, to, start - from);
            Array.Copy(Origin, from, origin, to, start - from);
            to += start - from;
            for (var k = 0; k < word.Length; k++)
            {
                chars[to + k] = word[k];
                origin[to + k] = k == word.Length - 1 ? Origin[end - 1] : Origin[Math.Min(start + k, end - 1)];
            }

            to += word.Length;
            from = end;
        }

        Array.Copy(Chars, from, chars, to, Length - from);
        Array.Copy(Origin, from, origin, to, Length - from);
        return new NormalizedText(chars, origin, length, OriginalLength);
    }

    /// <summary>Folds a rule-pack phrase the same way note text is folded.</summary>
    public static string FoldPhrase(string phrase)
    {
        var folded = Create(phrase);
        return new string(folded.Span);
    }
}
