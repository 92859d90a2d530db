using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>No status can be read from a note that has words in it, or the one read is not clear.</summary>
public sealed class StatusUnclearRule : INoteRule
{
    public const string RuleId = "status-unclear";

    public string Id => RuleId;

    public Severity Severity => Severity.Error;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (!reading.IsBlank && (reading.Status == NoteStatus.Undetermined || reading.StatusUnclear))
        {
            sink.AddWholeNote(this);
        }
    }
}
