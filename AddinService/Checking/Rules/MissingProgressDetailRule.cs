using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>InProgress with no phase, focus or step ("In Bearbeitung", seed example 3).</summary>
public sealed class MissingProgressDetailRule : INoteRule
{
    public const string RuleId = "missing-progress-detail";

    public string Id => RuleId;

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (reading.Status == NoteStatus.InProgress
            && (reading.Judged(Id) ?? (reading.Reason is null && !reading.Has(reading.Pack.Categories.ProgressDetail))))
        {
            sink.AddWholeNote(this);
        }
    }
}
