namespace NoteAddin.Checking.Text;

/// <summary>A sentence of the original text: [Start, End) in UTF-16 units, trimmed of surrounding white space.</summary>
public readonly record struct Sentence(int Start, int End)
{
    public int Length => End - Start;
}
