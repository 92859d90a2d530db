using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>Nothing but white space (seed example 3, "(leer)").</summary>
public sealed class EmptyNoteRule : INoteRule
{
    public string Id => "empty-note";

    public Severity Severity => Severity.Error;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (reading.IsBlank)
        {
            sink.AddWholeNote(this);
        }
    }
}
