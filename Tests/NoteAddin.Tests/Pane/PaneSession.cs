using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace NoteAddin.Tests.Pane;

/// <summary>How Office.js behaves for one pane session.</summary>
public sealed record OfficeSetup
{
    /// <summary>Serve the fake Office.js (else the CDN request is aborted: Office.js unreachable).</summary>
    public bool Reachable { get; init; } = true;

    /// <summary>"Outlook", or null for a plain browser where Office.js loads but no Office host answers.</summary>
    public string? Host { get; init; } = "Outlook";

    public string DisplayLanguage { get; init; } = "en-US";

    public bool Dark { get; init; }

    public string Body { get; init; } = "";

    public string Selection { get; init; } = "";

    public string BodyType { get; init; } = "html";

    /// <summary>The mail as Outlook's HTML (body.getAsync(Html)); when set it is the body and Body is ignored.</summary>
    public string? Html { get; init; }

    public string Subject { get; init; } = "";

    /// <summary>Office.context.roamingSettings' values when the pane opens (JSON object).</summary>
    public JsonObject? Roaming { get; init; }

    /// <summary>Office.onReady answers Outlook but Office.context.mailbox.item stays undefined.</summary>
    public bool NoItem { get; init; }

    /// <summary>The version of NestedAppAuth this Outlook reports (null: the set is not supported).</summary>
    public string? NestedAppAuth { get; init; }

    /// <summary>What Office.auth.getAccessToken hands out, in turn (the last repeats).</summary>
    public IReadOnlyList<string>? Tokens { get; init; }

    /// <summary>When set, Office.auth.getAccessToken fails with this Office error code.</summary>
    public int? SignInErrorCode { get; init; }

    /// <summary>The mail's To recipients (addresses).</summary>
    public IReadOnlyList<string> To { get; init; } = [];
}

/// <summary>One request the pane made to /api, as the browser sent it.</summary>
public sealed record ApiRequest(string Method, string PathAndQuery, string? Authorization);

/// <summary>One browser context with the pane open, plus the helpers the pane tests share.</summary>
public sealed class PaneSession : IAsyncDisposable
{
    private static readonly string FakeOffice = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Pane", "fake-office.js"));
    private readonly PageWatch _watch;

    private PaneSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        // Expected: the aborted Office.js CDN request, and /api/config where a test routes it away.
        _watch = new PageWatch(page, "appsforoffice.microsoft.com", "/api/config");
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions (a CSP violation shows up here too).</summary>
    public IReadOnlyList<string> Problems => _watch.Problems;

    /// <summary>Every /api request so far (method, path and query, Authorization header), in order.</summary>
    public IReadOnlyList<ApiRequest> Requests => _watch.Requests;

    /// <summary>A test that makes this path fail on purpose: the browser's "failed to load" console line is expected.</summary>
    public void AllowFailedRequests(string path) => _watch.AllowFailedRequests(path);

    /// <param name="routes">Routes a test adds before the pane loads (a fake /api/config, a canned answer…).</param>
    public static async Task<PaneSession> OpenAsync(OfficeSetup setup, int width = 380, string browserLocale = "en-US", Func<IBrowserContext, Task>? routes = null)
    {
        var context = await BrowserFixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = browserLocale,
            ColorScheme = ColorScheme.Light,
        });
        var config = new JsonObject
        {
            ["host"] = setup.Host,
            ["noItem"] = setup.NoItem,
            ["displayLanguage"] = setup.DisplayLanguage,
            ["officeTheme"] = setup.Dark
                ? new JsonObject { ["isDarkTheme"] = true, ["bodyBackgroundColor"] = "#262626", ["bodyForegroundColor"] = "#ffffff" }
                : new JsonObject { ["isDarkTheme"] = false, ["bodyBackgroundColor"] = "#ffffff", ["bodyForegroundColor"] = "#000000" },
            ["mail"] = new JsonObject
            {
                ["body"] = setup.Body, ["selection"] = setup.Selection, ["bodyType"] = setup.BodyType,
                ["html"] = setup.Html, ["subject"] = setup.Subject, ["roaming"] = setup.Roaming?.DeepClone() ?? new JsonObject(),
                ["to"] = new JsonArray([.. setup.To.Select(address => (JsonNode)new JsonObject { ["emailAddress"] = address })]),
            },
            ["requirementSets"] = setup.NestedAppAuth is null
                ? new JsonObject { ["Mailbox"] = "1.14" }
                : new JsonObject { ["Mailbox"] = "1.14", ["NestedAppAuth"] = setup.NestedAppAuth },
        };
        if (setup.SignInErrorCode is { } code)
        {
            config["auth"] = new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = "The user is not signed in to Office." } };
        }
        else if (setup.Tokens is { } tokens)
        {
            config["auth"] = new JsonObject { ["tokens"] = new JsonArray([.. tokens.Select(t => (JsonNode)JsonValue.Create(t))]) };
        }

        await context.AddInitScriptAsync($"window.__officeConfig = {config.ToJsonString()};");
        await context.RouteAsync("https://appsforoffice.microsoft.com/**", route => setup.Reachable
            ? route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/javascript", Body = FakeOffice })
            : route.AbortAsync("internetdisconnected"));

        if (routes is not null)
        {
            await routes(context);
        }

        var page = await context.NewPageAsync();
        var session = new PaneSession(context, page);
        await session._watch.RecordApiRequestsAsync(context);
        await page.GotoAsync(BrowserFixture.Server.BaseUrl + "/taskpane.html");
        return session;
    }

    public ILocator ByTestId(string id) => Page.GetByTestId(id);

    /// <summary>Answers GET /api/config with this JSON instead of the server's.</summary>
    public static Task ServeConfigAsync(IBrowserContext context, object config) =>
        context.RouteAsync("**/api/config", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "application/json",
            Body = JsonSerializer.Serialize(config, JsonSerializerOptions.Web),
        }));

    /// <summary>What the service says about a note: the pane must show exactly this.</summary>
    public static async Task<JsonElement> CheckAsync(string text)
    {
        using var response = await BrowserFixture.Server.Http.PostAsJsonAsync("api/notes/check", new { text });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> GetAsync(string path) =>
        await BrowserFixture.Server.Http.GetFromJsonAsync<JsonElement>(path);

    public Task SetMailAsync(string body, string selection = "") =>
        Page.EvaluateAsync("([body, selection]) => { window.__mail.body = body; window.__mail.selection = selection; }", new[] { body, selection });

    public async Task<JsonElement> InsertsAsync() => await Page.EvaluateAsync<JsonElement>("() => window.__mail.inserts");

    /// <summary>The mail's HTML as the fake Outlook holds it now.</summary>
    public Task<string> HtmlAsync() => Page.EvaluateAsync<string>("() => window.__mail.html");

    public Task SetHtmlAsync(string html) => Page.EvaluateAsync("html => { window.__mail.html = html; }", html);

    /// <summary>Every body.setAsync call: {data, coercionType}.</summary>
    public async Task<JsonElement> WritesAsync() => await Page.EvaluateAsync<JsonElement>("() => window.__mail.writes");

    /// <summary>What the last roamingSettings.saveAsync stored (null before any save).</summary>
    public async Task<JsonElement> SavedRoamingAsync() => await Page.EvaluateAsync<JsonElement>("() => window.__mail.saved");

    /// <summary>The writer leaves the pane for the mail (it goes hidden) and comes back (visible, focused).</summary>
    public Task LeaveAsync() => Page.EvaluateAsync("() => window.__pane.leave()");

    public Task ReturnAsync() => Page.EvaluateAsync("() => window.__pane.return()");

    /// <summary>What the service says about a whole mail: the pane's mail view must show exactly this.</summary>
    public static async Task<JsonElement> CheckMailAsync(string body, string bodyType, string? subject)
    {
        using var response = await BrowserFixture.Server.Http.PostAsJsonAsync("api/mail/check", new { body, bodyType, subject });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Keeps a screenshot of the pane with the test's results.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var directory = Path.Combine(TestContext.CurrentContext.WorkDirectory, "pane-screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, name);
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
