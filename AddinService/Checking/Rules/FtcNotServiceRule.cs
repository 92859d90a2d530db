using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>Declining FastTrack's help written up as no intent to use the service (seed FAQ: not the same thing).</summary>
public sealed class FtcNotServiceRule : INoteRule
{
    public string Id => "ftc-not-service";

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (reading.DeclinesFastTrack && (reading.Status is NoteStatus.NoIntent or NoteStatus.Undetermined || reading.Cues.NoIntent >= CueScores.Stated))
        {
            sink.Add(this, reading.First(reading.Pack.Categories.Ftc));
        }
    }
}
