using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>A reason that names only a broad area ("aufgrund spezifischer Infrastruktur vor Ort", "internal reasons").
/// Vague is a judgement: with a model loaded, its head for this rule decides; the broad-area words only place the mark.</summary>
public sealed class VagueReasonRule : INoteRule
{
    public string Id => "vague-reason";

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        var vague = reading.Pack.Categories.VagueReason;
        if (reading.Status is not (NoteStatus.Blocked or NoteStatus.NoIntent)
            || !(reading.Judged(Id) ?? (reading.Has(vague) && !reading.HasSpecificReason)))
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
