using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>
/// Hedged intent (probably, maybe, wahrscheinlich, eventuell …): the seed asks for clear words. The reader's hedge
/// words are marked where they stand; when there are none, the rule's own pack words (the other language's hedges
/// that mixed notes use, and hedges such as "wohl" that are too short or too common to be a reader category) mark
/// their first place.
/// </summary>
public sealed class HedgingRule : INoteRule
{
    public string Id => "hedging";

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        var any = false;
        foreach (var hedge in reading.All(reading.Pack.Categories.Hedge))
        {
            sink.Add(this, hedge);
            any = true;
        }

        if (!any && reading.FindWords(reading.Pack.Rules[Id].Words) is { } word)
        {
            sink.Add(this, word);
        }
    }
}
