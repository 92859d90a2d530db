using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>
/// The why is only implied by a time condition ("Bis die Fusion beendet ist, wird der Kunde nicht bereitstellen.")
/// or the intent is not stated at all ("Once project X ends they'll look at Teams."). A committed plan ("will adopt
/// after X is completed") reads as InProgress and never gets here.
/// </summary>
public sealed class ImpliedReasonRule : INoteRule
{
    public string Id => "implied-reason";

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        var c = reading.Pack.Categories;
        if (reading.Status is not (NoteStatus.Blocked or NoteStatus.NoIntent))
        {
            return;
        }

        if (reading.Has(c.LookLater))
        {
            sink.Add(this, reading.First(c.LookLater));
        }
        else if (reading.ConditionClause is { } condition && reading.ReasonClause is null && !reading.DeclinesFastTrack
                 && !reading.Has(c.ConsequenceMarker)
                 && !reading.Cues.StatesBlockedOrNoIntent && !reading.ReasonOutsideCondition)
        {
            var marker = reading.First(c.TimeCondition);
            sink.Add(this, marker.Start, condition.End - marker.Start);
        }
    }
}
