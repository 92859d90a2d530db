using NoteAddin.Checking.Matching;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>
/// The why is only implied by a time condition ("Bis die Fusion beendet ist, wird der Kunde nicht bereitstellen.")
/// or the intent is not stated at all ("Once project X ends they'll look at Teams."). A committed plan ("will adopt
/// after X is completed") reads as InProgress and never gets here; a blocker named as the reason, with or without
/// "until", is a concrete why (a reason flagged businessEvent in the pack, such as a merger, is not).
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

        // A model that judges this rule decides it: whether a why counts as only implied is a judgement of the whole
        // note (writers call "rollout halted until the training" a concrete blocker and "Mimecast filters all mail"
        // an implied one) that the condition words below get wrong more often than right.
        if (reading.Judged(Id) is { } judged)
        {
            if (judged)
            {
                var lookLater = reading.Has(c.LookLater) ? reading.First(c.LookLater) : (PhraseMatch?)null;
                sink.Add(this, lookLater is { } m ? new Span(m.Start, m.Start + m.Length) : reading.ConditionClause ?? new Span(0, reading.Text.Length));
            }

            return;
        }

        // "They'll look at it once …" leaves the intent unstated whatever else the note says (GUIDANCE's own example).
        if (reading.Has(c.LookLater))
        {
            sink.Add(this, reading.First(c.LookLater));
            return;
        }

        // A reason the reader found that is a blocker (the proxy, the works council, missing training) is a concrete
        // why even beside "until …"; writers call only a business event or no reason at all implied. In the training
        // corpus's cross-validation this leaves out 485 findings the words raised, 438 of them against the writers.
        if (reading.Reason is { } reason && reading.Pack.Reason(reason.L2)?.BusinessEvent != true)
        {
            return;
        }

        if (reading.ConditionClause is { } condition && reading.ReasonClause is null && !reading.DeclinesFastTrack
            && !reading.Has(c.ConsequenceMarker)
            && !reading.Cues.StatesBlockedOrNoIntent && !reading.ReasonOutsideCondition)
        {
            var marker = reading.First(c.TimeCondition);
            sink.Add(this, marker.Start, condition.End - marker.Start);
        }
    }
}
