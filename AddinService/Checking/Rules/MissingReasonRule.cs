using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>
/// Blocked or NoIntent with no reason at all ("Kunde hat kein Interesse."). A vague, implied or generic reason is
/// still a reason (those have rules of their own). A note about declining FastTrack's help is <c>ftc-not-service</c>'s
/// business, and a reason that belongs to another status is <c>status-unclear</c>'s: telling the writer of "NI – die
/// Firewall lässt die Ports nicht zu." to say why would be wrong advice.
/// </summary>
public sealed class MissingReasonRule : INoteRule
{
    public string Id => "missing-reason";

    public Severity Severity => Severity.Error;

    public void Check(NoteReading reading, FindingSink sink)
    {
        // The model, where it judges this rule, weighs the whole note ("decided against it after several rounds of
        // alignment" names no reason however long it is). It may add this Error where the words found a reason, never
        // take it back where they found none: a Bad note read as Good is the costliest mistake, and on a held-out
        // writer the model alone let seven more of them through than the words did.
        if (reading.Status is not (NoteStatus.Blocked or NoteStatus.NoIntent) || reading.DeclinesFastTrack || reading.ReasonOfAnotherStatus
            || !reading.ByWordsOrJudged(Id, byWords: !reading.GivesAnyReason))
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
