using NoteAddin.Checking;
using NoteAddin.Checking.Mail;
using NoteAddin.Checking.Rules;

namespace NoteAddin.Service.Api;

/// <summary>POST /api/mail/check (API.md): a whole mail in, every status note in it checked.</summary>
public static class MailApi
{
    /// <summary>As many notes as /check-batch takes; a mail with more is a spreadsheet, not a follow-up.</summary>
    public const int MaxNotes = NotesApi.MaxBatchNotes;

    // 100 000 characters are at most 600 KB of JSON (every character a \u escape); leave room for the rest.
    private const long MaxMailBodyBytes = 1024 * 1024;

    public static RouteGroupBuilder MapMailApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mail").WithTags("Mail");

        group.MapPost("/check", CheckAsync)
            .WithName("CheckMail")
            .WithSummary("Finds every status note in a whole mail (text or HTML) and checks each one for its workload.")
            .Accepts<MailRequestSchema>("application/json")
            .Produces<MailResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxMailBodyBytes));

        return group;
    }

    private static async Task<IResult> CheckAsync(HttpRequest request, MailChecker mail, NoteChecker checker, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(request, cancellationToken, "{\"body\": \"\"}");
        if (problem is not null)
        {
            return problem;
        }

        using (document)
        {
            var input = MailRequest.Read(document!.RootElement, checker, out problem);
            if (problem is not null)
            {
                return problem;
            }

            // Reading is cheap; checking each note is the cost. Count before paying it (sentences that name no
            // workload become one note at most).
            var reading = mail.Reader.Read(input!);
            var candidates = reading.Candidates.Count(c => c.Form != CandidateForm.Loose);
            if (candidates > MaxNotes)
            {
                return ApiProblems.BadRequest(
                    $"The mail holds more than {MaxNotes:N0} notes.",
                    $"It has {candidates:N0} labelled lines, table rows or paragraphs naming a workload. Check a table this size with /api/notes/check-batch or the audit page.");
            }

            // A labelled note is a note whatever its length; past /check's limit it is refused as /check would refuse it.
            if (reading.Candidates.FirstOrDefault(c => c.Form is not (CandidateForm.Loose or CandidateForm.Running) && c.End - c.Start > NoteChecker.MaxNoteLength) is { End: > 0 } tooLong)
            {
                return ApiProblems.BadRequest(
                    $"A note in the mail is longer than {NoteChecker.MaxNoteLength:N0} characters.",
                    $"The note at character {tooLong.Start:N0} has {tooLong.End - tooLong.Start:N0}. A status note is one or two sentences (the portal's field holds {OverFieldLimitRule.FieldLimit} characters).");
            }

            return Results.Ok(MailResponse.From(mail.Check(reading)));
        }
    }

    /// <summary>Documents the body in the OpenAPI description (the endpoint reads the JSON itself).</summary>
    internal sealed record MailRequestSchema(string Body, string? BodyType, string? Subject, string? Language);
}
