using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>Unknown, and the note does not even say contact was attempted ("Kunde reagiert nicht.").</summary>
public sealed class NoContactAttemptsRule : INoteRule
{
    public string Id => RuleCatalog.NoContactAttempts;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (reading.IsUnresponsive && !reading.MentionsContactAttempts)
        {
            sink.AddWholeNote(Id);
        }
    }
}
