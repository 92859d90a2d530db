using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>Nothing but white space (seed example 3, "(leer)").</summary>
public sealed class EmptyNoteRule : INoteRule
{
    public string Id => RuleCatalog.EmptyNote;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (reading.IsEmpty)
        {
            sink.AddWholeNote(Id);
        }
    }
}
