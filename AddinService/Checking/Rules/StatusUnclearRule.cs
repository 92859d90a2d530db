using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>No status can be read from a note that has words in it, or the one read is not clear.</summary>
public sealed class StatusUnclearRule : INoteRule
{
    public string Id => "status-unclear";

    public Severity Severity => Severity.Error;

    public void Check(NoteReading reading, FindingSink sink)
    {
        // The model, where it judges this rule, may add it (a stated status whose reason belongs to another status,
        // wording that only looks like a status); it never clears a note the decision found unclear.
        if (!reading.IsEmpty && reading.ByWordsOrJudged(Id, reading.Status == NoteStatus.Undetermined || reading.StatusUnclear))
        {
            sink.AddWholeNote(this);
        }
    }
}
