using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions;

namespace NoteAddin.Service.Graph;

/// <summary>
/// Contact history from the user's mailbox through Microsoft Graph: messages in Sent Items addressed (To) to the
/// address, and messages from the address anywhere in the mailbox, both within the last <c>days</c>.
/// Only dates are selected; no subject, body or other address leaves Graph.
/// </summary>
public sealed class GraphContactHistory(GraphServiceClient client, GraphSettings settings, TimeProvider time, ILogger<GraphContactHistory> logger) : IContactHistory
{
    public async Task<ContactHistory> GetAsync(string email, int days, CancellationToken cancellationToken)
    {
        var since = ODataFilter.Timestamp(time.GetUtcNow().AddDays(-days));
        var address = ODataFilter.Literal(email);
        var started = time.GetTimestamp();
        try
        {
            var sentItems = client.Me.MailFolders["sentitems"].Messages;
            var sent = await ReadAllAsync(
                await sentItems.GetAsync(
                    r =>
                    {
                        r.QueryParameters.Filter = $"sentDateTime ge {since} and toRecipients/any(a:a/emailAddress/address eq {address})";
                        r.QueryParameters.Select = ["sentDateTime"];
                        r.QueryParameters.Top = settings.PageSize;
                    },
                    cancellationToken),
                next => sentItems.WithUrl(next).GetAsync(cancellationToken: cancellationToken),
                m => m.SentDateTime);

            var received = client.Me.Messages;
            var replies = await ReadAllAsync(
                await received.GetAsync(
                    r =>
                    {
                        r.QueryParameters.Filter = $"receivedDateTime ge {since} and from/emailAddress/address eq {address}";
                        r.QueryParameters.Select = ["receivedDateTime"];
                        r.QueryParameters.Top = settings.PageSize;
                    },
                    cancellationToken),
                next => received.WithUrl(next).GetAsync(cancellationToken: cancellationToken),
                m => m.ReceivedDateTime);

            var sentDates = sent.Dates.Where(d => d is not null).Select(d => d!.Value).ToArray();
            logger.LogInformation(
                "Contact history read: {Sent} sent, {Replies} replies, {Pages} pages, complete {Complete}, {ElapsedMs} ms",
                sent.Dates.Count, replies.Dates.Count, sent.Pages + replies.Pages, sent.Complete && replies.Complete, (int)time.GetElapsedTime(started).TotalMilliseconds);
            return new ContactHistory(
                sent.Dates.Count,
                replies.Dates.Count,
                sentDates.Length == 0 ? null : sentDates.Min(),
                sentDates.Length == 0 ? null : sentDates.Max(),
                sent.Complete && replies.Complete);
        }
        catch (ODataError e)
        {
            logger.LogWarning("Microsoft Graph answered {Status} ({Code}) to a contact history question", e.ResponseStatusCode, e.Error?.Code);
            throw Describe(e);
        }
        catch (ApiException e)
        {
            logger.LogWarning("Microsoft Graph answered {Status} to a contact history question", e.ResponseStatusCode);
            throw Describe(e.ResponseStatusCode, null, e.ResponseHeaders, e);
        }
        catch (Exception e) when (e is MsalUiRequiredException || e.InnerException is MsalUiRequiredException)
        {
            logger.LogWarning("No Graph token for the user without their consent or a new sign-in ({Error})", (e as MsalException ?? e.InnerException as MsalException)?.ErrorCode);
            throw new ContactHistoryException(
                StatusCodes.Status403Forbidden,
                "Reading your mailbox needs consent first.",
                "An administrator must grant this add-in the Microsoft Graph permission Mail.ReadBasic (admin consent), or you need to sign in again.",
                inner: e);
        }
        catch (MsalException e)
        {
            logger.LogWarning("Getting a Graph token on behalf of the user failed ({Error})", e.ErrorCode);
            throw new ContactHistoryException(StatusCodes.Status502BadGateway, "The service could not get a Microsoft Graph token for you.", "Try again later.", inner: e);
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("Microsoft Graph could not be reached ({Error})", e.HttpRequestError);
            throw new ContactHistoryException(StatusCodes.Status502BadGateway, "Microsoft Graph could not be reached.", "Try again later.", inner: e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Microsoft Graph did not answer in time");
            throw new ContactHistoryException(StatusCodes.Status504GatewayTimeout, "Microsoft Graph did not answer in time.", "Try again later.", inner: e);
        }
    }

    private async Task<(List<DateTimeOffset?> Dates, int Pages, bool Complete)> ReadAllAsync(
        MessageCollectionResponse? page, Func<string, Task<MessageCollectionResponse?>> next, Func<Message, DateTimeOffset?> date)
    {
        var dates = new List<DateTimeOffset?>();
        var pages = 0;
        while (page is not null)
        {
            pages++;
            dates.AddRange((page.Value ?? []).Select(date));
            if (string.IsNullOrEmpty(page.OdataNextLink))
            {
                return (dates, pages, true);
            }

            // Stop at the page limit, and never follow a next link off Graph's own https host.
            if (pages >= settings.MaxPages
                || !Uri.TryCreate(page.OdataNextLink, UriKind.Absolute, out var nextUri)
                || nextUri.Scheme != Uri.UriSchemeHttps
                || !string.Equals(nextUri.Host, new Uri(settings.BaseUrl).Host, StringComparison.OrdinalIgnoreCase))
            {
                return (dates, pages, false);
            }

            page = await next(page.OdataNextLink);
        }

        return (dates, pages, true);
    }

    private static ContactHistoryException Describe(ODataError e) => Describe(e.ResponseStatusCode, e.Error?.Code, e.ResponseHeaders, e);

    private static ContactHistoryException Describe(int status, string? code, IDictionary<string, IEnumerable<string>>? headers, Exception inner) => status switch
    {
        StatusCodes.Status403Forbidden => new ContactHistoryException(
            StatusCodes.Status403Forbidden,
            "Microsoft Graph denied access to your mailbox.",
            "An administrator must grant this add-in the delegated permission Mail.ReadBasic (admin consent)." + Code(code),
            inner: inner),
        StatusCodes.Status404NotFound => new ContactHistoryException(
            StatusCodes.Status404NotFound,
            "Your mailbox was not found in Exchange Online.",
            "Contact history reads an Exchange Online mailbox." + Code(code),
            inner: inner),
        StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable or StatusCodes.Status504GatewayTimeout => Busy(RetryAfter(headers), code, inner),
        _ => new ContactHistoryException(
            StatusCodes.Status502BadGateway,
            "Microsoft Graph could not answer the contact history question.",
            $"Graph answered {status}." + Code(code),
            inner: inner),
    };

    private static ContactHistoryException Busy(TimeSpan? retryAfter, string? code, Exception inner) => new(
        StatusCodes.Status503ServiceUnavailable,
        retryAfter is { } wait
            ? $"Microsoft Graph is busy with your mailbox: try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} s."
            : "Microsoft Graph is busy with your mailbox: try again later.",
        "Graph limits how often one mailbox may be read." + Code(code),
        retryAfter,
        inner);

    private static string Code(string? code) => string.IsNullOrEmpty(code) ? string.Empty : $" (Graph error {code})";

    private static TimeSpan? RetryAfter(IDictionary<string, IEnumerable<string>>? headers)
    {
        var value = headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
    }
}
