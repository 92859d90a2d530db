using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>Unknown, and the note does not even say contact was attempted ("Kunde reagiert nicht.").</summary>
public sealed class NoContactAttemptsRule : INoteRule
{
    public const string RuleId = "no-contact-attempts";

    public string Id => RuleId;

    public Severity Severity => Severity.Error;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (Applies(reading))
        {
            sink.AddWholeNote(this);
        }
    }

    /// <summary>Also asked by missing-attempt-count, which then has nothing to add.</summary>
    internal static bool Applies(NoteReading reading) =>
        // As for missing-reason: the model may add this Error ("Kunde ist abgetaucht" names no attempt), never remove it.
        reading.IsUnresponsive && reading.ByWordsOrJudged(RuleId, byWords: !reading.MentionsContactAttempts);
}
