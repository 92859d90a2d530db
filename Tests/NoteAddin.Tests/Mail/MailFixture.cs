using NoteAddin.Checking.Mail;
using NoteAddin.Tests.Engine;

namespace NoteAddin.Tests.Mail;

/// <summary>The mail checker over the shipped rule packs, and a short way to ask it about a mail.</summary>
internal static class MailFixture
{
    private static readonly Lazy<MailChecker> Shared = new(() => new MailChecker(EngineFixture.Checker, EngineFixture.Batch));

    public static MailChecker Checker => Shared.Value;

    public static MailResult Text(string body, string? subject = null) => Checker.Check(new MailInput(body, MailBodyType.Text, subject));

    public static MailResult Html(string body, string? subject = null) => Checker.Check(new MailInput(body, MailBodyType.Html, subject));

    /// <summary>Each note as (its words as the spans mark them, its workload).</summary>
    public static List<(string Words, string? Workload)> Notes(MailResult result, string body) =>
        result.Notes.Select(n => ((result.Text ?? body).Substring(n.Start, n.Length), n.Workload)).ToList();

    public static List<(string Words, string? Workload)> NotesOf(string body, string? subject = null) => Notes(Text(body, subject), body);
}
