using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>More than two sentences ("maximal zwei Sätze"); marks everything after the second.</summary>
public sealed class TooLongRule : INoteRule
{
    /// <summary>"Maximal zwei Sätze."</summary>
    public const int MaxSentences = 2;

    public string Id => "too-long";

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (reading.Sentences.Count > MaxSentences)
        {
            var start = reading.Sentences[MaxSentences].Start;
            sink.Add(this, start, reading.Sentences[^1].End - start);
        }
    }
}
