using System.Net;

namespace NoteAddin.Service.Graph;

/// <summary>
/// Replaces the Graph SDK's retry handler, which waits out any Retry-After (up to minutes, three times) while our
/// caller — a person in Outlook — waits too. Here a throttled GET is retried once when Graph asks for a short
/// wait; a longer wait goes back to the caller as 503 with the same Retry-After.
/// </summary>
internal sealed class ThrottleRetryHandler(TimeSpan maxRetryAfter, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
            && request.Method == HttpMethod.Get
            && RetryAfter(response, time) is { } wait
            && wait <= maxRetryAfter)
        {
            response.Dispose();
            await Task.Delay(wait, time, cancellationToken);
            response = await base.SendAsync(request, cancellationToken);
        }

        return response;
    }

    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
