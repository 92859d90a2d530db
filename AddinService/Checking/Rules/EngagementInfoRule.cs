using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>
/// Meetings, kickoffs and scheduling belong in the general notes ("Die falsche Art von Informationen"). Fires when
/// such words carry the note — no reason stands beside them. With a model, the model decides, as readily as it adds
/// the other Errors: by writer cross-validation an even chance let 21 more Bad notes through as Good for 23 fewer
/// Good ones graded down.
/// </summary>
public sealed class EngagementInfoRule : INoteRule
{
    public string Id => "engagement-info";

    public Severity Severity => Severity.Error;

    public void Check(NoteReading reading, FindingSink sink)
    {
        var engagement = reading.Pack.Categories.Engagement;
        if (reading.Status == NoteStatus.Unknown || !(reading.JudgedReadily(Id) ?? (reading.Has(engagement) && !reading.GivesAnyReason)))
        {
            return;
        }

        if (reading.Has(engagement))
        {
            sink.Add(this, reading.First(engagement));
        }
        else
        {
            sink.AddWholeNote(this);
        }
    }
}
