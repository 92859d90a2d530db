using NoteAddin.Checking.Model;

namespace NoteAddin.Checking.Mail;

/// <summary>Where a note's workload came from: its own label, the mail's subject, or the sentence that names it.</summary>
public enum WorkloadSource
{
    Label,
    Subject,
    Text,
}

/// <summary>
/// One status note found in a mail. <see cref="Start"/> and <see cref="Length"/> are UTF-16 offsets of the note's
/// own words (without its "Teams:" label) in the text the mail reader read: the body for a text mail, the visible
/// text (<see cref="MailResult.Text"/>) for an HTML mail. <see cref="Result"/> is the single-note check.
/// </summary>
public sealed record MailNote(int Start, int Length, string? Workload, WorkloadSource? WorkloadSource, CheckResult Result);

/// <summary>A finding across notes of the mail (the same note pasted for several workloads); indexes into the notes.</summary>
public sealed record MailCrossFinding(string RuleId, IReadOnlyList<int> Indexes, string Message);

/// <summary>What the engine says about a mail: its language, the notes in it, and findings across them.</summary>
/// <param name="Text">The visible text of an HTML mail, which the spans refer to; null for a text mail.</param>
public sealed record MailResult(string Language, string? Text, IReadOnlyList<MailNote> Notes, IReadOnlyList<MailCrossFinding> CrossFindings);
