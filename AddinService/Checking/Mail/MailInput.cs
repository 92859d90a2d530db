namespace NoteAddin.Checking.Mail;

/// <summary>How the body arrived: Outlook's <c>body.getAsync(Text)</c> or <c>getAsync(Html)</c>.</summary>
public enum MailBodyType
{
    Text,
    Html,
}

/// <summary>
/// A whole mail as the writer has it. <paramref name="Subject"/> is a hint (a mail about one workload often names
/// it only there); <paramref name="Language"/> null means detect the mail's language — each note's own language is
/// detected regardless, since German mails often carry English note lines for the portal.
/// </summary>
public sealed record MailInput(string Body, MailBodyType BodyType = MailBodyType.Text, string? Subject = null, string? Language = null);
