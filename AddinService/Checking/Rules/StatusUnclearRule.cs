using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>No status can be read from a note that has words in it.</summary>
public sealed class StatusUnclearRule : INoteRule
{
    public string Id => RuleCatalog.StatusUnclear;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (!reading.IsEmpty && reading.Status == NoteStatus.Undetermined)
        {
            sink.AddWholeNote(Id);
        }
    }
}
