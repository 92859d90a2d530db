using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NoteAddin.Tests.Pane.Audit;

/// <summary>
/// The audit page in its own browser context. Lives under the Pane namespace so the pane's BrowserFixture (one
/// Chromium, one Kestrel-hosted service for all browser tests) sets it up too.
/// </summary>
public sealed class AuditSession : IAsyncDisposable
{
    private readonly PageWatch _watch;
    private readonly DirectoryInfo _uploads = Directory.CreateTempSubdirectory("audit-upload-");
    private int _uploadCount;

    private AuditSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        // /api/config answers 404 in tests that route it away; that "failed to load" line is expected.
        _watch = new PageWatch(page, "/api/config");
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions (a CSP violation shows up here too).</summary>
    public IReadOnlyList<string> Problems => _watch.Problems;

    /// <summary>Every /api request so far (method, path and query, Authorization header), in order.</summary>
    public IReadOnlyList<ApiRequest> Requests => _watch.Requests;

    /// <summary>A test that makes this path fail on purpose: the browser's "failed to load" console line is expected.</summary>
    public void AllowFailedRequests(string path) => _watch.AllowFailedRequests(path);

    /// <param name="routes">Routes a test adds before the page loads (a fake /api/config, a fake MSAL.js…).</param>
    /// <param name="recordRequests">Record the /api requests in <see cref="Requests"/> (always with routes); off for the scale runs.</param>
    public static async Task<AuditSession> OpenAsync(
        string locale = "en-US", ColorScheme scheme = ColorScheme.Light, Func<IBrowserContext, Task>? routes = null, bool recordRequests = false)
    {
        var context = await BrowserFixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 1000 },
            Locale = locale,
            ColorScheme = scheme,
            AcceptDownloads = true,
        });
        if (routes is not null)
        {
            await routes(context);
        }

        var page = await context.NewPageAsync();
        var session = new AuditSession(context, page);
        if (recordRequests || routes is not null)
        {
            await session._watch.RecordApiRequestsAsync(context);
        }

        await page.GotoAsync(BrowserFixture.Server.BaseUrl + "/audit.html");
        await page.WaitForSelectorAsync("body[data-ready='true']");
        return session;
    }

    public ILocator ByTestId(string id) => Page.GetByTestId(id);

    /// <summary>
    /// Chooses a file in the page's file picker. Through a file on disk, as a user would: a buffer payload is rebuilt
    /// by script inside the page, which would show up as the page's own work.
    /// </summary>
    public async Task UploadAsync(byte[] bytes, string name = "notes.csv")
    {
        // The page reads the file when it gets it, so it stays on disk until the session ends.
        var path = Path.Combine(_uploads.FullName, $"{_uploadCount++}-{name}");
        await File.WriteAllBytesAsync(path, bytes);
        await ByTestId("csv-input").SetInputFilesAsync(path);
    }

    /// <summary>Starts the audit and waits until it ends; returns how it ended (done, cancelled, failed).</summary>
    public async Task<string> RunAsync(int timeoutMs = 120_000)
    {
        await ByTestId("start-audit").ClickAsync();
        await Page.WaitForSelectorAsync("body[data-audit-state]", new PageWaitForSelectorOptions { Timeout = timeoutMs });
        return (await Page.GetAttributeAsync("body", "data-audit-state"))!;
    }

    public async Task<Dictionary<string, int>> ChartAsync(string testId)
    {
        var bars = await ByTestId(testId).Locator("g.bar").AllAsync();
        var counts = new Dictionary<string, int>();
        foreach (var bar in bars)
        {
            counts[(await bar.GetAttributeAsync("data-key"))!] = int.Parse((await bar.GetAttributeAsync("data-count"))!, System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }

    public async Task<int> CountAttributeAsync(string testId) =>
        int.Parse((await ByTestId(testId).GetAttributeAsync("data-count"))!, System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _uploads.Delete(recursive: true);
    }
}

/// <summary>What the service itself says about a set of rows, asked directly (per tenant, as the page should).</summary>
public sealed class ServiceView
{
    public required JsonElement[] Results { get; init; }

    public required List<string[]> Clusters { get; init; }

    public static async Task<ServiceView> AskAsync(IReadOnlyList<AuditRow> rows)
    {
        var results = new JsonElement[rows.Count];
        var clusters = new List<string[]>();
        var chunk = new List<object>();
        async Task FlushAsync()
        {
            if (chunk.Count == 0)
            {
                return;
            }

            using var response = await BrowserFixture.Server.Http.PostAsJsonAsync("api/notes/check-batch", new { notes = chunk });
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            foreach (var result in body.GetProperty("results").EnumerateArray())
            {
                results[int.Parse(result.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture)] = result.Clone();
            }

            clusters.AddRange(body.GetProperty("crossFindings").EnumerateArray().Select(c => c.GetProperty("ids").EnumerateArray().Select(i => i.GetString()!).ToArray()));
            chunk.Clear();
        }

        foreach (var tenant in rows.Select((row, index) => (row, index)).GroupBy(r => r.row.Tenant))
        {
            if (chunk.Count + tenant.Count() > 1000)
            {
                await FlushAsync();
            }

            chunk.AddRange(tenant.Select(r => (object)new { id = r.index.ToString(System.Globalization.CultureInfo.InvariantCulture), text = r.row.Note, workload = r.row.Workload, tenant = r.row.Tenant }));
        }

        await FlushAsync();
        return new ServiceView { Results = results, Clusters = clusters };
    }

    public string Status(int index) => Results[index].GetProperty("status").GetString()!;

    public string Grade(int index) => Results[index].GetProperty("grade").GetString()!;
}
