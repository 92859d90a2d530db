namespace NoteAddin.Checking.Mail;

/// <summary>
/// What the mail reader found, before any note is checked: the text the spans refer to, the mail's language, the
/// note candidates in the mail's order, the one workload the subject names (-1: none or several), and whether the
/// mail's own lines name that workload too, and whether the subject says the mail is a status ("Status Intune –
/// Contoso", "Stand Teams").
/// </summary>
public sealed record MailReading(string Text, bool FromHtml, string Language, IReadOnlyList<NoteCandidate> Candidates, int SubjectWorkload, bool BodyNamesSubjectWorkload, bool SubjectIsStatus = false);
