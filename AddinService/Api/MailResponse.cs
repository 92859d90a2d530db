using System.Text.Json.Serialization;
using NoteAddin.Checking.Mail;
using NoteAddin.Checking.Model;

namespace NoteAddin.Service.Api;

/// <summary>/api/mail/check's answer (API.md): "text" only for an HTML mail, "workloadSource" in lower case.</summary>
internal sealed record MailResponse(
    string Language,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text,
    IReadOnlyList<MailNoteItem> Notes,
    IReadOnlyList<MailCrossFinding> CrossFindings)
{
    public static MailResponse From(MailResult mail) => new(
        mail.Language,
        mail.Text,
        mail.Notes.Select(n => new MailNoteItem(n.Start, n.Length, n.Workload, Source(n.WorkloadSource), n.Result)).ToArray(),
        mail.CrossFindings);

    private static string? Source(WorkloadSource? source) => source switch
    {
        WorkloadSource.Label => "label",
        WorkloadSource.Subject => "subject",
        WorkloadSource.Text => "text",
        _ => null,
    };
}

/// <summary>One note of the mail: its span, its workload and where that came from, and the single-note check.</summary>
internal sealed record MailNoteItem(int Start, int Length, string? Workload, string? WorkloadSource, CheckResult Result);
