using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Identity.Web;
using NSubstitute;

namespace NoteAddin.Tests.Graph;

/// <summary>
/// Stands in for graph.microsoft.com at the bottom of the real Graph SDK pipeline: answers from a function of the
/// request, and records every request (URL and Authorization header) for the test to inspect.
/// </summary>
internal sealed class CannedGraph(Func<HttpRequestMessage, int, HttpResponseMessage> answer) : HttpMessageHandler
{
    private readonly ConcurrentQueue<Seen> _seen = new();

    public IReadOnlyList<Seen> Requests => _seen.ToArray();

    public IEnumerable<Seen> To(string path) => Requests.Where(r => r.Url.AbsolutePath == path);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _seen.Enqueue(new Seen(request.RequestUri!, request.Headers.Authorization?.ToString()));
        return Task.FromResult(answer(request, _seen.Count(s => s.Url.AbsolutePath == request.RequestUri!.AbsolutePath)));
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>A page of messages carrying only the one date property the service selects.</summary>
    public static HttpResponseMessage Page(string property, IEnumerable<string> dates, string? nextLink = null)
    {
        var values = string.Join(",", dates.Select(d => $"{{\"{property}\":\"{d}\"}}"));
        var next = nextLink is null ? string.Empty : $",\"@odata.nextLink\":\"{nextLink}\"";
        return Json($"{{\"value\":[{values}]{next}}}");
    }

    public static HttpResponseMessage Error(HttpStatusCode status, string code, int? retryAfterSeconds = null)
    {
        var response = Json($"{{\"error\":{{\"code\":\"{code}\",\"message\":\"canned\"}}}}", status);
        if (retryAfterSeconds is { } s)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(s));
        }

        return response;
    }

    public static ITokenAcquisition Tokens(string token = "graph-token-for-test")
    {
        var tokens = Substitute.For<ITokenAcquisition>();
        tokens.GetAccessTokenForUserAsync(
                Arg.Any<IEnumerable<string>>(), Arg.Any<string?>(), Arg.Any<string?>(), Arg.Any<string?>(), Arg.Any<ClaimsPrincipal?>(), Arg.Any<TokenAcquisitionOptions?>())
            .Returns(token);
        return tokens;
    }

    internal sealed record Seen(Uri Url, string? Authorization)
    {
        public string? Query(string name) => QueryHelpers.ParseQuery(Url.Query).TryGetValue(name, out var v) ? v.ToString() : null;
    }
}
