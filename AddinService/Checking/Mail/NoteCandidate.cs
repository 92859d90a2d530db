namespace NoteAddin.Checking.Mail;

/// <summary>How the mail presents a note; it decides how sure the reader is that the words are a note at all.</summary>
public enum CandidateForm
{
    /// <summary>"Teams: …", "- Exchange Online – …": a labelled line, always a note.</summary>
    Label,

    /// <summary>A workload alone on a line with the note on the lines below.</summary>
    Heading,

    /// <summary>A table row: workload | status | note.</summary>
    Table,

    /// <summary>Sentences of a paragraph that name one workload ("Bei Intune sind wir dagegen blockiert, da …").</summary>
    Running,

    /// <summary>Sentences that name no workload: a note only when the mail holds no other (its workload then comes from the subject).</summary>
    Loose,
}

/// <summary>A stretch of the mail that may be a note: [Start, End) of its own words, and the workload it names (-1: none).
/// A loose candidate also tells whether the mail introduced it as a note ("Fürs Portal: …", a line "I've entered
/// this:" above it) and whether it speaks of the customer.</summary>
public readonly record struct NoteCandidate(int Start, int End, int Workload, CandidateForm Form, bool Introduced = false, bool AboutCustomer = false);
