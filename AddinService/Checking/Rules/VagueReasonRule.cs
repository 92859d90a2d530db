using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>A reason that names only a broad area ("aufgrund spezifischer Infrastruktur vor Ort", "internal reasons").
/// Vague is a judgement: the pack's broad-area words catch the usual phrasings, the model's head for this rule the rest.</summary>
public sealed class VagueReasonRule : INoteRule
{
    public string Id => "vague-reason";

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        var vague = reading.Pack.Categories.VagueReason;
        // Either judge may call it vague: the pack's broad-area words when nothing specific stands beside them (the
        // seed's own "aufgrund spezifischer Infrastruktur vor Ort") and the model does not firmly say otherwise, or the
        // model for wording no list foresaw.
        var byWords = reading.Has(vague) && !reading.HasSpecificReason && reading.Judgements?.OverrulesVagueWords(Id) != true;
        // A note whose status is unclear (status-unclear, an Error) is asked for its status first: how specific a reason
        // is depends on the status it explains, and no writer labelled both (0 of the corpus's 2 127 vague reasons).
        if (reading.Status is not (NoteStatus.Blocked or NoteStatus.NoIntent) || reading.StatusUnclear || !reading.ByWordsOrJudged(Id, byWords))
        {
            return;
        }

        // The broad-area words where the pack knows them, else the reason clause, else the note.
        if (reading.Has(vague))
        {
            sink.Add(this, reading.First(vague));
        }
        else if (reading.ReasonClause is { } clause)
        {
            sink.Add(this, clause);
        }
        else
        {
            sink.AddWholeNote(this);
        }
    }
}
