using System.Text.Json;
using NoteAddin.Checking;
using NoteAddin.Checking.Mail;

namespace NoteAddin.Service.Api;

/// <summary>Validates the body of /api/mail/check: every way to get it wrong gets problem details naming the fix.</summary>
internal static class MailRequest
{
    /// <summary>API.md: a whole mail, at most 100 000 characters (a long thread with a table is ≈ 20 000).</summary>
    public const int MaxBodyLength = 100_000;

    public static MailInput? Read(JsonElement root, NoteChecker checker, out IResult? problem)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = ApiProblems.BadRequest("The request body must be a JSON object like {\"body\": \"…\", \"bodyType\": \"text\"}.", $"It was a {JsonBody.Describe(root.ValueKind)}.");
            return null;
        }

        if (!root.TryGetProperty("body", out var bodyElement))
        {
            problem = ApiProblems.BadRequest("\"body\" is missing.", "Send the mail's body as a string in \"body\"; an empty string is a mail without notes.");
            return null;
        }

        if (bodyElement.ValueKind != JsonValueKind.String)
        {
            problem = ApiProblems.BadRequest("\"body\" must be a string.", $"It was a {JsonBody.Describe(bodyElement.ValueKind)}.");
            return null;
        }

        var body = JsonBody.ReadString(bodyElement, "body", out problem);
        if (problem is not null)
        {
            return null;
        }

        if (body!.Length > MaxBodyLength)
        {
            problem = ApiProblems.BadRequest(
                $"\"body\" is longer than {MaxBodyLength:N0} characters.",
                $"It has {body.Length:N0}. Send the mail without the earlier thread, or the part that holds the notes.");
            return null;
        }

        var bodyType = JsonBody.OptionalString(root, "bodyType", "bodyType", out problem);
        if (problem is not null)
        {
            return null;
        }

        MailBodyType type;
        switch (bodyType?.ToLowerInvariant())
        {
            case null or "text":
                type = MailBodyType.Text;
                break;
            case "html":
                type = MailBodyType.Html;
                break;
            default:
                problem = ApiProblems.BadRequest($"Unknown bodyType \"{NoteRequest.Truncate(bodyType)}\".", "Use \"text\" or \"html\" (Outlook's body.getAsync coercion type), or leave it out for text.");
                return null;
        }

        var subject = JsonBody.OptionalString(root, "subject", "subject", out problem);
        if (problem is not null)
        {
            return null;
        }

        var language = NoteRequest.Language(root, "language", checker, out problem);
        if (problem is not null)
        {
            return null;
        }

        if (type == MailBodyType.Html && HtmlNesting.IsTooDeep(body))
        {
            problem = ApiProblems.BadRequest(
                $"The HTML nests elements more than {HtmlNesting.MaxDepth:N0} deep.",
                "A mail from Outlook nests a few dozen deep. Send the mail's text instead (\"bodyType\": \"text\", Outlook's body.getAsync(Text)).");
            return null;
        }

        return new MailInput(body, type, subject, language);
    }

}
