using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NoteAddin.Tests.Pane;

/// <summary>
/// What the pane takes from the service rather than knowing itself (issue 11): limits and score bands from
/// /api/config, and the contact-attempts slot by its kind. The tests serve those answers, so they hold whether or not
/// the service under test sends the fields yet; without them the pane keeps its defaults (the other pane tests).
/// </summary>
[TestFixture]
public sealed class ServiceContractTests
{
    private const string Unknown = "Customer did not respond to 3 emails.";
    private const string Blocked = "Customer is blocked by the proxy. We had a meeting maybe soon.";

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

    [Test]
    public async Task Limits_and_score_bands_come_from_the_config()
    {
        var config = new
        {
            auth = (object?)null,
            graph = false,
            version = "test",
            limits = new { noteCharacters = 60, portalField = 30, batchNotes = 1000, mailCharacters = 100_000 },
            scoreBands = new { good = 100, incomplete = 99 },
        };
        var pane = _session = await PaneSession.OpenAsync(new OfficeSetup { Body = Unknown }, routes: context => PaneSession.ServeConfigAsync(context, config));
        await SignInTests.ExpectCheckedAsync(pane, Unknown);

        await Expect(pane.ByTestId("counter")).ToHaveTextAsync($"{Unknown.Length} / 30 characters");
        await Expect(pane.ByTestId("counter")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bover\b"));
        var score = (await PaneSession.CheckAsync(Unknown)).GetProperty("score").GetInt32();
        Assume.That(score, Is.LessThan(99), "a score under the served bands");
        await Expect(pane.Page.Locator(".score-fill")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\blow\b"));

        // Longer than the served note limit: the pane does not send it.
        Assert.That(Blocked, Has.Length.GreaterThan(60));
        await pane.SetMailAsync($"Hello,\n\n{Blocked}", Blocked);
        await pane.ByTestId("check").ClickAsync();
        await Expect(pane.Page.Locator("#state")).ToHaveTextAsync("This text is longer than 60 characters. Select just the note in the mail.");
    }

    [Test]
    public async Task Half_a_pair_of_score_bands_is_ignored()
    {
        var config = new { auth = (object?)null, graph = false, version = "test", scoreBands = new { good = 10 }, limits = new { portalField = "wide" } };
        var pane = _session = await PaneSession.OpenAsync(new OfficeSetup { Body = Blocked }, routes: context => PaneSession.ServeConfigAsync(context, config));
        await SignInTests.ExpectCheckedAsync(pane, Blocked);

        var score = (await PaneSession.CheckAsync(Blocked)).GetProperty("score").GetInt32();
        var band = score >= 70 ? "high" : score >= 40 ? "medium" : "low";
        await Expect(pane.Page.Locator(".score-fill")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex($@"\b{band}\b"));
        await Expect(pane.ByTestId("counter")).ToHaveTextAsync($"{Blocked.Length} / 400 characters");
    }

    [Test]
    public async Task The_attempts_slot_is_found_by_its_kind_not_its_name()
    {
        // A pack that calls the slot something else: only its kind says it counts contact attempts. A slot that is
        // merely named "number" is something else once slots carry kinds.
        var result = new
        {
            language = "en",
            status = "Unknown",
            grade = "Incomplete",
            score = 55,
            reason = (object?)null,
            sentenceCount = 1,
            findings = Array.Empty<object>(),
            suggestion = new
            {
                templateId = "unknown.not-in-the-gallery",
                text = "Customer does not respond to [attempts] contact attempts about [number].",
                slots = new object[]
                {
                    new { name = "attempts", value = (string?)null, filled = false, kind = "AttemptCount" },
                    new { name = "number", value = (string?)null, filled = false, kind = "Detail" },
                },
            },
        };
        var found = new { email = "it@contoso.com", days = 90, sent = 5, replies = 1, firstSent = "2026-09-01T08:00:00Z", lastSent = "2026-10-20T08:00:00Z", complete = true };
        var pane = _session = await PaneSession.OpenAsync(new OfficeSetup { Body = Unknown, To = ["it@contoso.com"] }, routes: async context =>
        {
            await PaneSession.ServeConfigAsync(context, new { auth = (object?)null, graph = true, version = "test" });
            await context.RouteAsync("**/api/notes/check", route => route.FulfillAsync(Json(result)));
            await context.RouteAsync("**/api/contact-attempts?**", route => route.FulfillAsync(Json(found)));
        });

        await Expect(pane.ByTestId("fill-attempts")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 8_000 });
        await pane.ByTestId("fill-attempts").ClickAsync();

        await Expect(pane.Page.Locator("[data-testid=slot][data-slot=attempts]")).ToHaveValueAsync("5");
        await Expect(pane.Page.Locator("[data-testid=slot][data-slot=number]")).ToHaveValueAsync("");
        await Expect(pane.ByTestId("suggestion-text")).ToHaveTextAsync("Customer does not respond to 5 contact attempts about [number].");
    }

    private static RouteFulfillOptions Json(object body) => new()
    {
        Status = 200,
        ContentType = "application/json",
        Body = JsonSerializer.Serialize(body, JsonSerializerOptions.Web),
    };
}
