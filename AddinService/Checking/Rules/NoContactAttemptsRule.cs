using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>Unknown, and the note does not even say contact was attempted ("Kunde reagiert nicht.").</summary>
public sealed class NoContactAttemptsRule : INoteRule
{
    public string Id => "no-contact-attempts";

    public Severity Severity => Severity.Error;

    public void Check(NoteReading reading, FindingSink sink)
    {
        // As for missing-reason: the model may add this Error ("Kunde ist abgetaucht" names no attempt), never remove it.
        if (reading.IsUnresponsive && (reading.Judged(Id) == true || !reading.MentionsContactAttempts))
        {
            sink.AddWholeNote(this);
        }
    }
}
