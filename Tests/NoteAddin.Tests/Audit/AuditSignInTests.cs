using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NoteAddin.Tests.Pane.Audit;

/// <summary>
/// How the audit page signs in. The server under test runs in Development (sign-in off); a test that needs sign-in
/// configured serves its own /api/config and replaces assets/msal.js with a small fake of the same exports
/// (Audit/fake-msal.js), since the real popup flow needs the identity platform.
/// </summary>
[TestFixture]
public sealed class AuditSignInTests
{
    private const string Notes = "Customer is blocked by the proxy.\nKunde hat kein Interesse.\n";
    private static readonly string FakeMsal = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Audit", "fake-msal.js"));

    // Made-up values: the page only passes them on.
    private const string ClientId = "00000000-0000-0000-0000-000000000001";
    private const string Scope = "api://00000000-0000-0000-0000-000000000001/access_as_user";

    /// <summary>The service's own /api/config with sign-in switched on: the page takes its limits and labels from it.</summary>
    private static async Task<object> SignInConfigAsync()
    {
        var real = await PaneSession.GetAsync("api/config");
        return new
        {
            auth = new { clientId = ClientId, authority = "https://login.microsoftonline.com/organizations", scopes = new[] { Scope } },
            graph = false,
            version = "test",
            limits = real.GetProperty("limits"),
            scoreBands = real.GetProperty("scoreBands"),
            recordedStatuses = real.GetProperty("recordedStatuses"),
        };
    }

    private AuditSession? _session;

    [TearDown]
    public async Task CloseAsync()
    {
        if (_session is not null)
        {
            var problems = _session.Problems;
            await _session.DisposeAsync();
            _session = null;
            Assert.That(problems, Is.Empty, "the page logged errors (a CSP violation shows up here too)");
        }
    }

    private static Func<IBrowserContext, Task> WithSignIn(object? msalSetup = null, Func<IBrowserContext, Task>? more = null) => async context =>
    {
        await context.AddInitScriptAsync($"window.__msalSetup = {JsonSerializer.Serialize(msalSetup ?? new { })};");
        await PaneSession.ServeConfigAsync(context, await SignInConfigAsync());
        await context.RouteAsync("**/assets/msal.js", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/javascript",
            Body = FakeMsal,
        }));
        if (more is not null)
        {
            await more(context);
        }
    };

    private async Task<AuditSession> OpenAsync(Func<IBrowserContext, Task>? routes = null, string locale = "en-US") =>
        _session = await AuditSession.OpenAsync(locale, routes: routes, recordRequests: true);

    private static async Task<string> RunPastedAsync(AuditSession page)
    {
        await page.ByTestId("paste-input").FillAsync(Notes);
        await Expect(page.ByTestId("start-audit")).ToBeEnabledAsync();
        return await page.RunAsync();
    }

    private static IEnumerable<ApiRequest> BatchCalls(AuditSession page) =>
        page.Requests.Where(r => r.PathAndQuery.StartsWith("/api/notes/check-batch", StringComparison.Ordinal));

    private static async Task<JsonElement> MsalCallsAsync(AuditSession page) =>
        await page.Page.EvaluateAsync<JsonElement>("() => window.__msalCalls ?? []");

    [Test]
    public async Task Development_without_sign_in_calls_without_a_token()
    {
        var page = await OpenAsync();

        Assert.That(await RunPastedAsync(page), Is.EqualTo("done"));
        Assert.That(page.Requests.Select(r => r.PathAndQuery), Has.Some.StartsWith("/api/config"), "the page asks whether to sign in");
        Assert.That(BatchCalls(page).ToList(), Is.Not.Empty);
        Assert.That(page.Requests.Where(r => r.Authorization is not null), Is.Empty, "no Authorization header in Development");
        Assert.That(await page.Page.EvaluateAsync<bool>("() => window.noteAddinMsal !== undefined"), Is.False, "MSAL.js is not loaded");
        await Expect(page.ByTestId("sign-in")).ToBeHiddenAsync();
    }

    [Test]
    public async Task With_sign_in_configured_the_sign_in_button_opens_the_popup_and_batch_calls_carry_the_token()
    {
        var page = await OpenAsync(WithSignIn());

        await Expect(page.ByTestId("sign-in")).ToBeVisibleAsync();
        await Expect(page.ByTestId("sign-in-state")).ToHaveTextAsync("Sign in to check notes.");
        var button = page.ByTestId("sign-in-button");
        await Expect(button).ToHaveTextAsync("Sign in");
        await button.ClickAsync();
        await Expect(page.ByTestId("sign-in-state")).ToHaveTextAsync("Signed in as megan@contoso.example");
        await Expect(button).ToBeHiddenAsync();

        Assert.That(await RunPastedAsync(page), Is.EqualTo("done"));
        var batches = BatchCalls(page).ToList();
        Assert.That(batches, Is.Not.Empty);
        Assert.That(batches.Select(r => r.Authorization), Is.All.EqualTo("Bearer fake-token-1"));
        Assert.That(page.Requests.Where(r => r.PathAndQuery.StartsWith("/api/rules", StringComparison.Ordinal)).Select(r => r.Authorization), Is.All.EqualTo("Bearer fake-token-1"));

        var calls = await MsalCallsAsync(page);
        var created = calls.EnumerateArray().Single(c => c.GetProperty("type").GetString() == "new");
        Assert.That(created.GetProperty("clientId").GetString(), Is.EqualTo(ClientId));
        Assert.That(created.GetProperty("redirectUri").GetString(), Is.EqualTo(BrowserFixture.Server.BaseUrl + "/audit.html"));
        var login = calls.EnumerateArray().Single(c => c.GetProperty("type").GetString() == "loginPopup");
        Assert.That(login.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { Scope }));
        Assert.That(login.GetProperty("redirectUri").GetString(), Is.EqualTo(BrowserFixture.Server.BaseUrl + "/audit.html"));
    }

    [Test]
    public async Task The_real_msal_bundle_loads_under_the_page_csp_and_offers_sign_in()
    {
        // Only /api/config is faked: assets/msal.js is the real bundle. Nobody is signed in, so it asks for nothing.
        var page = await OpenAsync(async context => await PaneSession.ServeConfigAsync(context, await SignInConfigAsync()));

        await Expect(page.ByTestId("sign-in-button")).ToHaveTextAsync("Sign in");
        await Expect(page.ByTestId("sign-in-state")).ToHaveTextAsync("Sign in to check notes.");
        Assert.That(await page.Page.EvaluateAsync<string>("() => typeof window.noteAddinMsal?.PublicClientApplication"), Is.EqualTo("function"));
    }

    [Test]
    public async Task A_cached_account_signs_in_silently_in_german()
    {
        var page = await OpenAsync(WithSignIn(new { signedIn = true }), locale: "de-DE");

        await Expect(page.ByTestId("sign-in-state")).ToHaveTextAsync("Angemeldet als megan@contoso.example");
        await Expect(page.ByTestId("sign-in-button")).ToBeHiddenAsync();
        Assert.That(await RunPastedAsync(page), Is.EqualTo("done"));
        Assert.That(BatchCalls(page).Select(r => r.Authorization), Is.All.EqualTo("Bearer fake-token-1"));
        var calls = await MsalCallsAsync(page);
        Assert.That(calls.EnumerateArray().Select(c => c.GetProperty("type").GetString()), Has.None.EqualTo("loginPopup"), "no popup for a cached account");
    }

    [Test]
    public async Task Sign_out_forgets_the_account_and_later_calls_go_without_a_token()
    {
        var page = await OpenAsync(WithSignIn(new { signedIn = true }));
        var signOut = page.ByTestId("sign-out-button");

        await Expect(page.ByTestId("sign-in-state")).ToHaveTextAsync("Signed in as megan@contoso.example");
        await Expect(signOut).ToHaveTextAsync("Sign out");
        await signOut.ClickAsync();

        await Expect(page.ByTestId("sign-in-state")).ToHaveTextAsync("Sign in to check notes.");
        await Expect(page.ByTestId("sign-in-button")).ToHaveTextAsync("Sign in");
        await Expect(signOut).ToBeHiddenAsync();
        Assert.That((await MsalCallsAsync(page)).EnumerateArray().Select(c => c.GetProperty("type").GetString()), Has.Some.EqualTo("clearCache"));
        Assert.That(await RunPastedAsync(page), Is.EqualTo("done"));
        Assert.That(BatchCalls(page).ToList(), Is.Not.Empty);
        Assert.That(BatchCalls(page).Select(r => r.Authorization), Is.All.Null, "the forgotten token is not sent");
    }

    [Test]
    public async Task A_failed_popup_says_why_and_offers_to_sign_in_again()
    {
        var page = await OpenAsync(WithSignIn(new { popupError = "user_cancelled" }), locale: "de-DE");

        await page.ByTestId("sign-in-button").ClickAsync();
        await Expect(page.ByTestId("sign-in-state")).ToHaveTextAsync("Anmeldung fehlgeschlagen (user_cancelled).");
        await Expect(page.ByTestId("sign-in-button")).ToHaveTextAsync("Erneut anmelden");
        await Expect(page.ByTestId("sign-in-button")).ToBeEnabledAsync();
    }

    [Test]
    public async Task The_popup_coming_back_to_the_page_hands_the_answer_to_its_opener_and_does_nothing_else()
    {
        var page = await OpenAsync(WithSignIn());

        await page.Page.GotoAsync(BrowserFixture.Server.BaseUrl + "/audit.html?code=fake-code&state=fake-state");
        await page.Page.WaitForFunctionAsync("() => (window.__msalCalls ?? []).some(c => c.type === 'broadcast')");
        await Expect(page.Page.Locator("main")).ToBeHiddenAsync();
        Assert.That((await MsalCallsAsync(page)).EnumerateArray().Select(c => c.GetProperty("type").GetString()), Is.EqualTo(new[] { "broadcast" }),
            "the popup creates no MSAL app of its own");
        Assert.That(page.Requests.Where(r => r.PathAndQuery.StartsWith("/api/config", StringComparison.Ordinal)).Count(), Is.EqualTo(1), "only the first load asked for the config");
    }

    [Test]
    public async Task A_401_drops_the_token_and_retries_once_with_a_fresh_one()
    {
        var refused = 0;
        var page = await OpenAsync(WithSignIn(new { signedIn = true }, more: context => context.RouteAsync("**/api/notes/check-batch", async route =>
        {
            if (Interlocked.Increment(ref refused) == 1)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 401, ContentType = "application/problem+json", Body = """{"title":"Unauthorized","status":401}""" });
                return;
            }

            await route.FallbackAsync();
        })));
        page.AllowFailedRequests("/api/notes/check-batch");

        await Expect(page.ByTestId("sign-in-state")).ToHaveTextAsync("Signed in as megan@contoso.example");
        Assert.That(await RunPastedAsync(page), Is.EqualTo("done"));
        Assert.That(BatchCalls(page).Select(r => r.Authorization), Is.EqualTo(new[] { "Bearer fake-token-1", "Bearer fake-token-2" }), "one refused call, then one retry with a fresh token");
        var silent = (await MsalCallsAsync(page)).EnumerateArray().Where(c => c.GetProperty("type").GetString() == "silent").ToList();
        Assert.That(silent.Last().GetProperty("forceRefresh").GetBoolean(), Is.True, "the retry asks MSAL past its cache");
    }
}
