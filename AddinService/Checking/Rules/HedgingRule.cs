using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>Hedged intent (probably, maybe, wahrscheinlich, eventuell …): the seed asks for clear words.</summary>
public sealed class HedgingRule : INoteRule
{
    public string Id => "hedging";

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        foreach (var hedge in reading.All(reading.Pack.Categories.Hedge))
        {
            sink.Add(this, hedge);
        }
    }
}
