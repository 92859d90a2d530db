using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>Unknown: contact attempts mentioned, but not how many (seed example 4, incomplete note).</summary>
public sealed class MissingAttemptCountRule : INoteRule
{
    public string Id => "missing-attempt-count";

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        // A note that names no attempt at all is no-contact-attempts' business alone: asking for the number of attempts
        // nobody mentioned says nothing more (and every corpus writer and both second readers labelled it so).
        if (reading.IsUnresponsive && reading.AttemptCount is null && !NoContactAttemptsRule.Applies(reading))
        {
            var attempts = reading.Pack.Categories.ContactAttempt;
            if (reading.Has(attempts))
            {
                sink.Add(this, reading.First(attempts));
            }
            else
            {
                sink.AddWholeNote(this);
            }
        }
    }
}
