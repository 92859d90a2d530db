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
        // Without any attempt mentioned, the count is missing too (no-contact-attempts says the rest).
        if (reading.IsUnresponsive && reading.AttemptCount is null)
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
