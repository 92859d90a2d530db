using Microsoft.Playwright;

namespace NoteAddin.Tests.Pane;

/// <summary>
/// What a browser test watches on its page: console errors and uncaught exceptions (a CSP violation shows up here
/// too), except the failures it expects, and every /api request the page sends. Shared by the pane and audit sessions.
/// </summary>
public sealed class PageWatch
{
    private readonly List<string> _problems = [];
    private readonly List<string> _allowedFailures;
    private readonly List<ApiRequest> _requests = [];

    /// <param name="expectedFailures">URL parts whose "failed to load" console lines are expected on every page.</param>
    public PageWatch(IPage page, params string[] expectedFailures)
    {
        _allowedFailures = [.. expectedFailures];
        page.Console += (_, message) =>
        {
            var expected = _allowedFailures.Any(path => message.Location.Contains(path, StringComparison.Ordinal));
            if (message.Type == "error" && !expected)
            {
                _problems.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => _problems.Add($"page error: {error}");
    }

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Every /api request so far (method, path and query, Authorization header), in order.</summary>
    public IReadOnlyList<ApiRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>A test that makes this path fail on purpose: the browser's "failed to load" console line is expected.</summary>
    public void AllowFailedRequests(string path) => _allowedFailures.Add(path);

    /// <summary>Records every /api request of the context, then hands it on to the test's routes or the server.
    /// Register it last, so it sees each request first.</summary>
    public Task RecordApiRequestsAsync(IBrowserContext context) =>
        context.RouteAsync("**/api/**", async route =>
        {
            var headers = await route.Request.AllHeadersAsync();
            lock (_requests)
            {
                _requests.Add(new ApiRequest(route.Request.Method, new Uri(route.Request.Url).PathAndQuery, headers.TryGetValue("authorization", out var value) ? value : null));
            }

            await route.FallbackAsync();
        });
}
