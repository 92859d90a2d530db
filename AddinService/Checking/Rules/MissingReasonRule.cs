using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>
/// Blocked or NoIntent with no reason at all ("Kunde hat kein Interesse."). A vague, implied or generic reason is
/// still a reason — those have rules of their own — and a note about declining FastTrack's help is
/// <c>ftc-not-service</c>'s business.
/// </summary>
public sealed class MissingReasonRule : INoteRule
{
    public string Id => "missing-reason";

    public Severity Severity => Severity.Error;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (reading.Status is not (NoteStatus.Blocked or NoteStatus.NoIntent) || reading.GivesAnyReason || reading.DeclinesFastTrack)
        {
            return;
        }

        if (reading.StatusEvidence is { } evidence)
        {
            sink.Add(this, evidence);
        }
        else
        {
            sink.AddWholeNote(this);
        }
    }
}
