using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NoteAddin.Tests.Pane;

/// <summary>
/// Filling the Unknown template's [number] from the mailbox: /api/config says whether Graph is there (served by the
/// test), /api/contact-attempts is answered by the test too (the server under test has no Graph settings).
/// </summary>
[TestFixture]
public sealed class ContactAttemptsTests
{
    private const string EnglishUnknown = "Customer does not respond.";
    private const string GermanUnknown = "Kunde antwortet nicht.";
    private const string Blocked = "Customer is blocked by the proxy. We had a meeting maybe soon.";
    private const string Recipient = "it@contoso.com";

    private PaneSession? _session;

    [TearDown]
    public async Task CloseAsync()
    {
        if (_session is not null)
        {
            var problems = _session.Problems;
            await _session.DisposeAsync();
            _session = null;
            Assert.That(problems, Is.Empty, "the pane logged errors (a CSP violation shows up here too)");
        }
    }

    private static Func<IBrowserContext, Task> Routes(bool graph, Func<IRoute, Task>? attempts = null) => async context =>
    {
        await PaneSession.ServeConfigAsync(context, new { auth = (object?)null, graph, version = "test" });
        if (attempts is not null)
        {
            await context.RouteAsync("**/api/contact-attempts?**", attempts);
        }
    };

    private static Func<IRoute, Task> Answer(int status, object body) => route => route.FulfillAsync(new RouteFulfillOptions
    {
        Status = status,
        ContentType = status == 200 ? "application/json" : "application/problem+json",
        Body = JsonSerializer.Serialize(body, JsonSerializerOptions.Web),
    });

    [Test]
    public async Task Unknown_note_fills_the_number_from_the_recipients_contact_history()
    {
        var found = new { email = Recipient, days = 90, sent = 4, replies = 0, firstSent = "2026-09-01T08:00:00Z", lastSent = "2026-10-20T08:00:00Z", complete = true };
        var pane = _session = await PaneSession.OpenAsync(new OfficeSetup { Body = EnglishUnknown, To = [Recipient, "someone@contoso.com"] }, routes: Routes(true, Answer(200, found)));
        await SignInTests.ExpectCheckedAsync(pane, EnglishUnknown);

        var slot = pane.Page.Locator("[data-testid=slot][data-slot=number]");
        await Expect(slot).ToHaveValueAsync("");
        await pane.ByTestId("fill-attempts").ClickAsync();

        await Expect(slot).ToHaveValueAsync("4");
        await Expect(pane.ByTestId("suggestion-text")).ToContainTextAsync("does not respond to 4 contact attempts");
        var result = pane.ByTestId("attempts-result");
        await Expect(result).ToContainTextAsync($"4 mails to {Recipient}");
        await Expect(result).ToContainTextAsync("(first on 1 Sep");
        await Expect(result).ToContainTextAsync("0 replies");
        var request = pane.Requests.Single(r => r.PathAndQuery.StartsWith("/api/contact-attempts", StringComparison.Ordinal));
        Assert.That(request.PathAndQuery, Is.EqualTo("/api/contact-attempts?email=it%40contoso.com&days=90"), "the first To recipient, 90 days");
        var calls = await pane.Page.EvaluateAsync<string[]>("() => window.__mail.calls");
        Assert.That(calls, Does.Contain("to.getAsync"));
        await pane.ScreenshotAsync("contact-attempts-en");
    }

    [Test]
    public async Task Without_graph_the_feature_is_not_offered()
    {
        // The server under test has no Graph settings: its own /api/config says graph false.
        var pane = _session = await PaneSession.OpenAsync(new OfficeSetup { Body = EnglishUnknown, To = [Recipient] });
        await SignInTests.ExpectCheckedAsync(pane, EnglishUnknown);

        await Expect(pane.Page.Locator("[data-testid=slot][data-slot=number]")).ToBeVisibleAsync();
        await Expect(pane.ByTestId("fill-attempts")).ToBeHiddenAsync();
    }

    [Test]
    public async Task Only_offered_for_an_unknown_note()
    {
        var pane = _session = await PaneSession.OpenAsync(new OfficeSetup { Body = Blocked, To = [Recipient] }, routes: Routes(true));
        await SignInTests.ExpectCheckedAsync(pane, Blocked);

        await Expect(pane.ByTestId("suggestion-text")).ToBeVisibleAsync();
        await Expect(pane.ByTestId("fill-attempts")).ToBeHiddenAsync();
    }

    [TestCase(403, "Ihre gesendeten E-Mails dürfen nicht gelesen werden: Ein Admin muss der Berechtigung Mail.ReadBasic des Add-ins zustimmen.")]
    [TestCase(503, "Der Kontaktverlauf ist auf diesem Server nicht verfügbar.")]
    [TestCase(502, "Microsoft Graph hat nicht geantwortet. Versuchen Sie es in einer Minute erneut.")]
    [TestCase(504, "Microsoft Graph hat nicht geantwortet. Versuchen Sie es in einer Minute erneut.")]
    public async Task Problems_from_the_service_get_a_short_message(int status, string message)
    {
        var problem = new { title = "Something the service says.", status };
        var pane = _session = await PaneSession.OpenAsync(
            new OfficeSetup { Body = GermanUnknown, DisplayLanguage = "de-DE", To = [Recipient] }, routes: Routes(true, Answer(status, problem)));
        pane.AllowFailedRequests("/api/contact-attempts");
        await SignInTests.ExpectCheckedAsync(pane, GermanUnknown);

        await pane.ByTestId("fill-attempts").ClickAsync();

        await Expect(pane.ByTestId("attempts-result")).ToHaveTextAsync(message);
        await Expect(pane.Page.Locator("[data-testid=slot][data-slot=Anzahl]")).ToHaveValueAsync("");
        if (status == 503)
        {
            await Expect(pane.ByTestId("fill-attempts")).ToBeHiddenAsync();
        }
    }

    [Test]
    public async Task A_mail_without_recipient_asks_for_one()
    {
        var pane = _session = await PaneSession.OpenAsync(new OfficeSetup { Body = EnglishUnknown }, routes: Routes(true, Answer(500, new { title = "not expected" })));
        await SignInTests.ExpectCheckedAsync(pane, EnglishUnknown);

        await pane.ByTestId("fill-attempts").ClickAsync();

        await Expect(pane.ByTestId("attempts-result")).ToHaveTextAsync("Add the customer's address in To first.");
        Assert.That(pane.Requests.Where(r => r.PathAndQuery.StartsWith("/api/contact-attempts", StringComparison.Ordinal)), Is.Empty);
    }
}
