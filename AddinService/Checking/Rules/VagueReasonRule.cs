using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>A reason that names only a broad area ("aufgrund spezifischer Infrastruktur vor Ort", "internal reasons").</summary>
public sealed class VagueReasonRule : INoteRule
{
    public string Id => "vague-reason";

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        var vague = reading.Pack.Categories.VagueReason;
        if (reading.Status is (NoteStatus.Blocked or NoteStatus.NoIntent) && reading.Has(vague) && !reading.HasSpecificReason)
        {
            sink.Add(this, reading.First(vague));
        }
    }
}
