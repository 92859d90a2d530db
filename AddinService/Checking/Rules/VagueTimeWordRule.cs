using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>Time words that blur intent (zurzeit, aktuell, currently, yet …). Info: the seed's own good note uses "aktuell".</summary>
public sealed class VagueTimeWordRule : INoteRule
{
    public string Id => "vague-time-word";

    public Severity Severity => Severity.Info;

    public void Check(NoteReading reading, FindingSink sink)
    {
        foreach (var word in reading.All(reading.Pack.Categories.TimeWord))
        {
            sink.Add(this, word);
        }
    }
}
