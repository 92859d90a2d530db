using System.Globalization;
using System.Net.Mail;
using NoteAddin.Service.Api;

namespace NoteAddin.Service.Graph;

/// <summary>GET /api/contact-attempts?email=…&amp;days=… (API.md): how often the signed-in user wrote to an address.</summary>
public static class ContactAttemptsApi
{
    public const int DefaultDays = 90;
    public const int MaxDays = 365;

    /// <summary>RFC 5321's limit for a forward path.</summary>
    private const int MaxEmailLength = 254;

    public static RouteGroupBuilder MapContactAttemptsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Contact history");
        group.MapGet("/contact-attempts", GetAsync)
            .WithName("ContactAttempts")
            .WithSummary("How often you wrote to an address in the last days, and whether it replied (from your mailbox, through Microsoft Graph).")
            .Produces<ContactAttemptsResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    private static async Task<IResult> GetAsync(string? email, string? days, HttpContext context, GraphSettings graph, CancellationToken cancellationToken)
    {
        if (!IsAddress(email))
        {
            return ApiProblems.BadRequest(
                "\"email\" must be one mail address, like it@contoso.com.",
                string.IsNullOrEmpty(email) ? "The query had no email." : $"Send a single address of at most {MaxEmailLength} characters, without a display name.");
        }

        var window = DefaultDays;
        if (!string.IsNullOrEmpty(days)
            && !(int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out window) && window is >= 1 and <= MaxDays))
        {
            return ApiProblems.BadRequest($"\"days\" must be a whole number from 1 to {MaxDays}.", $"Leave it out for the last {DefaultDays} days.");
        }

        if (!graph.Available)
        {
            return Results.Problem(
                title: "Contact history is not available on this server.",
                detail: graph.Unavailable,
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        try
        {
            var history = await context.RequestServices.GetRequiredService<IContactHistory>().GetAsync(email!, window, cancellationToken);
            return Results.Ok(new ContactAttemptsResponse(
                email!, window, history.Sent, history.Replies, history.FirstSent?.UtcDateTime, history.LastSent?.UtcDateTime, history.Complete));
        }
        catch (ContactHistoryException e)
        {
            if (e.RetryAfter is { } wait)
            {
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            return Results.Problem(title: e.Title, detail: e.Detail, statusCode: e.StatusCode);
        }
    }

    /// <summary>A bare address (no display name, no quoted local part, no spaces or control characters).</summary>
    internal static bool IsAddress(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxEmailLength)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            // U+FFFD is what broken UTF-8 in the query decodes to: no real address holds it.
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\\' or '<' or '>' or ',' or ';' or '\uFFFD')
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return MailAddress.TryCreate(value, out var parsed)
               && parsed.DisplayName.Length == 0
               && string.Equals(parsed.Address, value, StringComparison.Ordinal);
    }

    /// <param name="Complete">False when the mailbox held more matching messages than one question reads; the counts are then lower bounds.</param>
    public sealed record ContactAttemptsResponse(string Email, int Days, int Sent, int Replies, DateTime? FirstSent, DateTime? LastSent, bool Complete);
}
