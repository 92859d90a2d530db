namespace NoteAddin.Checking.Matching;

/// <summary>A phrase found in a note: its category, the weight the pack gave it, and its span in the original text.</summary>
public readonly record struct PhraseMatch(int Category, double Weight, int Start, int End, int FoldedStart, int FoldedEnd)
{
    public int Length => End - Start;
}
