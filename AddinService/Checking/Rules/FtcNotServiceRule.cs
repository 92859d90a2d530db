using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>
/// Declining FastTrack's help written up as no intent to use the service (seed FAQ: not the same thing). Either the
/// note reads as no intent and says FastTrack was declined, or it reads as a deployment in progress yet still calls
/// itself no intent by the status's name beside FastTrack (the rule's pack words: "keine Absicht", "no intent" …).
/// Declining FastTrack while deploying, without that name, is fine: the writers of the corpus agree on both.
/// </summary>
public sealed class FtcNotServiceRule : INoteRule
{
    public string Id => "ftc-not-service";

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        var c = reading.Pack.Categories;
        if (reading.DeclinesFastTrack && (reading.Status is NoteStatus.NoIntent or NoteStatus.Undetermined || reading.Cues.NoIntent >= CueScores.Stated)
            || reading.Status is NoteStatus.InProgress && reading.Has(c.Ftc) && reading.FindWords(reading.Pack.Rules[Id].Words) is not null)
        {
            sink.Add(this, reading.First(c.Ftc));
        }
    }
}
