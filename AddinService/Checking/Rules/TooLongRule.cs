using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>More than two sentences ("maximal zwei Sätze"); marks everything after the second.</summary>
public sealed class TooLongRule : INoteRule
{
    public string Id => RuleCatalog.TooLong;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (reading.Sentences.Count > RuleCatalog.MaxSentences)
        {
            var start = reading.Sentences[RuleCatalog.MaxSentences].Start;
            sink.Add(Id, start, reading.Sentences[^1].End - start);
        }
    }
}
