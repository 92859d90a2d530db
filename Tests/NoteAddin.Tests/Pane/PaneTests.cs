using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NoteAddin.Tests.Pane;

/// <summary>
/// The task pane in headless Chromium against the real service, with Office.js replaced by a fake of the compose
/// calls it uses. Each test compares what the pane shows with what the API says about the same text, so the tests
/// follow the engine rather than freeze today's scores.
/// </summary>
[TestFixture]
public sealed class PaneTests
{
    private const string EnglishBlocked = "Customer is blocked by the proxy. We had a meeting maybe soon.";
    private const string EnglishUnknown = "Customer did not respond to 3 emails.";
    private const string GermanBlocked = "Kunde wird aufgrund spezifischer Infrastruktur vor Ort nicht bereitstellen.";

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

    private async Task<PaneSession> OpenAsync(OfficeSetup setup, int width = 380, string browserLocale = "en-US") =>
        _session = await PaneSession.OpenAsync(setup, width, browserLocale);

    [Test]
    public async Task Outlook_checks_the_mail_body_and_shows_what_the_service_says()
    {
        var pane = await OpenAsync(new OfficeSetup { Body = EnglishBlocked });

        await ExpectResultAsync(pane, EnglishBlocked);
        await Expect(pane.ByTestId("note-input")).ToBeHiddenAsync();
        var calls = await pane.Page.EvaluateAsync<string[]>("() => window.__mail.calls");
        Assert.That(calls, Does.Contain("getSelectedDataAsync").And.Contain("body.getAsync"));
        await pane.ScreenshotAsync("outlook-body-en");
    }

    [Test]
    public async Task Outlook_checks_the_selection_rather_than_the_body()
    {
        var body = $"Hello team,\n\n{EnglishUnknown}\n\n{EnglishBlocked}\n\nBest regards";
        var pane = await OpenAsync(new OfficeSetup { Body = body, Selection = EnglishBlocked });

        await ExpectResultAsync(pane, EnglishBlocked);
    }

    [Test]
    public async Task Outlook_checks_again_when_the_mail_changed()
    {
        var pane = await OpenAsync(new OfficeSetup { Body = EnglishUnknown });
        await ExpectResultAsync(pane, EnglishUnknown);

        // No button press: the pane's timer notices the new text.
        await pane.SetMailAsync(EnglishBlocked);
        await ExpectResultAsync(pane, EnglishBlocked, timeoutMs: 10_000);
    }

    [Test]
    public async Task Check_button_reads_the_mail_again()
    {
        var pane = await OpenAsync(new OfficeSetup { Body = EnglishUnknown });
        await ExpectResultAsync(pane, EnglishUnknown);

        await pane.SetMailAsync(GermanBlocked);
        await pane.ByTestId("check").ClickAsync();
        await ExpectResultAsync(pane, GermanBlocked, timeoutMs: 2_000);
    }

    [Test]
    public async Task Insert_suggestion_puts_the_filled_rewrite_into_an_html_body()
    {
        var pane = await OpenAsync(new OfficeSetup { Body = GermanBlocked, DisplayLanguage = "de-DE" });
        var expected = await PaneSession.CheckAsync(GermanBlocked);
        var open = expected.GetProperty("suggestion").GetProperty("slots").EnumerateArray().Where(s => !s.GetProperty("filled").GetBoolean()).ToList();
        Assert.That(open, Is.Not.Empty, "this note's suggestion should leave a slot to fill");

        foreach (var slot in open)
        {
            var field = pane.Page.Locator($"[data-testid=slot][data-slot=\"{slot.GetProperty("name").GetString()}\"]");
            await field.FillAsync("Umstellung auf den neuen Proxy");
        }

        await Expect(pane.ByTestId("suggestion-text")).ToContainTextAsync("Umstellung auf den neuen Proxy");
        var shown = await pane.ByTestId("suggestion-text").TextContentAsync();
        Assert.That(shown, Does.Not.Contain("["), "every placeholder is filled");
        await pane.ScreenshotAsync("outlook-suggestion-de");

        await pane.ByTestId("insert-suggestion").ClickAsync();
        await Expect(pane.ByTestId("confirm-insert")).ToBeHiddenAsync();
        var inserts = await WaitForInsertsAsync(pane, 1);
        Assert.That(inserts[0].GetProperty("coercionType").GetString(), Is.EqualTo("html"));
        Assert.That(inserts[0].GetProperty("data").GetString(), Is.EqualTo(shown));
    }

    [Test]
    public async Task Insert_suggestion_with_open_placeholders_asks_first()
    {
        var pane = await OpenAsync(new OfficeSetup { Body = GermanBlocked, BodyType = "text" });
        await Expect(pane.ByTestId("suggestion-text")).ToContainTextAsync("[");
        var shown = await pane.ByTestId("suggestion-text").TextContentAsync();

        await pane.ByTestId("insert-suggestion").ClickAsync();
        await Expect(pane.ByTestId("confirm-insert")).ToBeVisibleAsync();
        await pane.ScreenshotAsync("outlook-confirm-placeholders");
        await pane.ByTestId("confirm-cancel").ClickAsync();
        Assert.That((await pane.InsertsAsync()).GetArrayLength(), Is.Zero, "cancelled: nothing inserted");

        await pane.ByTestId("insert-suggestion").ClickAsync();
        await pane.ByTestId("confirm-insert").ClickAsync();
        var inserts = await WaitForInsertsAsync(pane, 1);
        Assert.That(inserts[0].GetProperty("coercionType").GetString(), Is.EqualTo("text"), "a text body gets text");
        Assert.That(inserts[0].GetProperty("data").GetString(), Is.EqualTo(shown));
    }

    [Test]
    public async Task Template_gallery_shows_the_notes_language_and_inserts_with_one_click()
    {
        var pane = await OpenAsync(new OfficeSetup { Body = GermanBlocked, BodyType = "text" });
        await ExpectResultAsync(pane, GermanBlocked);
        var german = await PaneSession.GetAsync("api/templates?language=de");

        await pane.ByTestId("templates-tab").ClickAsync();
        await Expect(pane.ByTestId("template")).ToHaveCountAsync(german.GetArrayLength());
        // The gallery starts with the templates of the note's status.
        var first = pane.ByTestId("template").First;
        var firstId = await first.GetAttributeAsync("data-template-id");
        var template = german.EnumerateArray().Single(t => t.GetProperty("id").GetString() == firstId);
        Assert.That(template.GetProperty("status").GetString(), Is.EqualTo("Blocked"));
        await pane.ScreenshotAsync("outlook-templates-de");

        await first.GetByTestId("insert-template").ClickAsync();
        var inserts = await WaitForInsertsAsync(pane, 1);
        Assert.That(inserts[0].GetProperty("data").GetString(), Is.EqualTo(template.GetProperty("text").GetString()));
        Assert.That(inserts[0].GetProperty("coercionType").GetString(), Is.EqualTo("text"));
    }

    [Test]
    public async Task Browser_mode_checks_a_typed_note_when_typing_stops()
    {
        var pane = await OpenAsync(new OfficeSetup { Host = null });
        var input = pane.ByTestId("note-input");
        await Expect(input).ToBeVisibleAsync();

        // Measured inside the page: last keystroke to the status shown. Reported, not asserted.
        await pane.Page.EvaluateAsync("""
            () => {
              window.__timing = {};
              document.getElementById('note-input').addEventListener('input', () => window.__timing.lastKey = performance.now());
              new MutationObserver(() => window.__timing.shown = performance.now())
                .observe(document.querySelector('[data-testid=status]'), { attributes: true, attributeFilter: ['data-status'] });
            }
            """);
        await input.PressSequentiallyAsync(EnglishBlocked, new LocatorPressSequentiallyOptions { Delay = 15 });
        await ExpectResultAsync(pane, EnglishBlocked);
        var latency = await pane.Page.EvaluateAsync<double>("() => window.__timing.shown - window.__timing.lastKey");
        TestContext.Out.WriteLine($"last keystroke to result: {latency:F0} ms");
        await pane.ScreenshotAsync("browser-typed-en");

        // Outside Outlook, "insert" hands the rewrite to the note field (which is then checked in turn).
        var suggestion = await pane.ByTestId("suggestion-text").TextContentAsync();
        await pane.ByTestId("insert-suggestion").ClickAsync();
        if (suggestion!.Contains('[', StringComparison.Ordinal))
        {
            await pane.ByTestId("confirm-insert").ClickAsync();
        }

        await Expect(input).ToHaveValueAsync(suggestion);
        await Expect(pane.ByTestId("note-view")).ToHaveTextAsync(suggestion);
    }

    [Test]
    public async Task Office_js_unreachable_falls_back_to_browser_mode()
    {
        var pane = await OpenAsync(new OfficeSetup { Reachable = false });

        await Expect(pane.ByTestId("note-input")).ToBeVisibleAsync();
        await pane.ByTestId("note-input").FillAsync(GermanBlocked);
        await ExpectResultAsync(pane, GermanBlocked);
        await pane.ScreenshotAsync("browser-no-office-de-note");
    }

    [Test]
    public async Task Outlook_without_a_mail_item_falls_back_to_browser_mode()
    {
        // Outlook answers Office.onReady, but mailbox.item never appears (a pinned pane re-opening gone wrong).
        var pane = await OpenAsync(new OfficeSetup { Host = "Outlook", NoItem = true });

        await Expect(pane.ByTestId("note-input")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 8_000 });
    }

    [Test]
    public async Task German_ui_from_outlooks_display_language()
    {
        var pane = await OpenAsync(new OfficeSetup { Body = EnglishBlocked, DisplayLanguage = "de-DE" }, browserLocale: "en-US");

        await Expect(pane.ByTestId("check")).ToHaveTextAsync("Prüfen");
        await Expect(pane.ByTestId("templates-tab")).ToHaveTextAsync("Vorlagen");
        await Expect(pane.Page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        // The note is English: the service answers in English while the pane speaks German.
        await ExpectResultAsync(pane, EnglishBlocked);
        await Expect(pane.ByTestId("status")).ToHaveTextAsync("Blockiert");
        await pane.ScreenshotAsync("outlook-ui-de");
    }

    [Test]
    public async Task English_ui_from_outlooks_display_language()
    {
        var pane = await OpenAsync(new OfficeSetup { Body = GermanBlocked, DisplayLanguage = "en-GB" }, browserLocale: "de-DE");

        await Expect(pane.ByTestId("check")).ToHaveTextAsync("Check");
        await Expect(pane.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await ExpectResultAsync(pane, GermanBlocked);
        await Expect(pane.ByTestId("status")).ToHaveTextAsync("Blocked");
    }

    [Test]
    public async Task Browser_mode_speaks_the_browsers_language()
    {
        var pane = await OpenAsync(new OfficeSetup { Reachable = false }, browserLocale: "de-DE");

        await Expect(pane.ByTestId("check")).ToHaveTextAsync("Prüfen");
    }

    [Test]
    public async Task Dark_office_theme_turns_the_pane_dark()
    {
        var pane = await OpenAsync(new OfficeSetup { Body = GermanBlocked, Dark = true });

        await Expect(pane.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await ExpectResultAsync(pane, GermanBlocked);
        await pane.ScreenshotAsync("outlook-dark");
        await ExpectNoSeriousAxeViolationsAsync(pane);
    }

    [TestCase(320)]
    [TestCase(450)]
    public async Task Fits_the_task_pane_width_without_sideways_scrolling(int width)
    {
        var pane = await OpenAsync(new OfficeSetup { Body = EnglishBlocked }, width);
        await ExpectResultAsync(pane, EnglishBlocked);

        var overflow = await pane.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.That(overflow, Is.LessThanOrEqualTo(0));
        await pane.ScreenshotAsync($"outlook-width-{width}");
    }

    [Test]
    public async Task Accessible_in_outlook_with_results_and_in_the_gallery()
    {
        var pane = await OpenAsync(new OfficeSetup { Body = GermanBlocked, DisplayLanguage = "de-DE" });
        await ExpectResultAsync(pane, GermanBlocked);
        await ExpectNoSeriousAxeViolationsAsync(pane);

        await pane.ByTestId("templates-tab").ClickAsync();
        await Expect(pane.ByTestId("template").First).ToBeVisibleAsync();
        await ExpectNoSeriousAxeViolationsAsync(pane);
    }

    [Test]
    public async Task Accessible_in_browser_mode()
    {
        var pane = await OpenAsync(new OfficeSetup { Reachable = false });
        await pane.ByTestId("note-input").FillAsync(EnglishBlocked);
        await ExpectResultAsync(pane, EnglishBlocked);
        await ExpectNoSeriousAxeViolationsAsync(pane);
    }

    [Test]
    public async Task Keyboard_reaches_check_tabs_and_insert()
    {
        var pane = await OpenAsync(new OfficeSetup { Body = EnglishBlocked });
        await ExpectResultAsync(pane, EnglishBlocked);

        var reached = new HashSet<string>();
        for (var i = 0; i < 30; i++)
        {
            await pane.Page.Keyboard.PressAsync("Tab");
            var id = await pane.Page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('data-testid')");
            if (id is not null)
            {
                reached.Add(id);
            }
        }

        Assert.That(reached, Is.SupersetOf(new[] { "check-tab", "check", "insert-suggestion" }));

        // Arrow keys move between the tabs, as in any tab list.
        await pane.ByTestId("check-tab").FocusAsync();
        await pane.Page.Keyboard.PressAsync("ArrowRight");
        await Expect(pane.ByTestId("templates-tab")).ToBeFocusedAsync();
        await Expect(pane.ByTestId("template").First).ToBeVisibleAsync();
    }

    [Test]
    public async Task Results_are_announced_to_screen_readers()
    {
        var pane = await OpenAsync(new OfficeSetup { Body = EnglishBlocked });
        await ExpectResultAsync(pane, EnglishBlocked);

        var live = pane.Page.Locator("[aria-live=polite]");
        await Expect(live).ToContainTextAsync("Blocked");
    }

    // ---- shared expectations ---------------------------------------------------------------------------------

    /// <summary>The pane shows for this text exactly what the service says: status, grade, score, L2, findings, marks.</summary>
    private static async Task ExpectResultAsync(PaneSession pane, string text, int timeoutMs = 5_000)
    {
        var expected = await PaneSession.CheckAsync(text);
        var wait = new LocatorAssertionsToHaveTextOptions { Timeout = timeoutMs };
        await Expect(pane.ByTestId("note-view")).ToHaveTextAsync(text, wait);
        await Expect(pane.ByTestId("status")).ToHaveAttributeAsync("data-status", expected.GetProperty("status").GetString()!);
        await Expect(pane.ByTestId("grade")).ToHaveAttributeAsync("data-grade", expected.GetProperty("grade").GetString()!);
        await Expect(pane.ByTestId("score")).ToHaveTextAsync(expected.GetProperty("score").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var reason = expected.GetProperty("reason");
        await Expect(pane.ByTestId("l2")).ToHaveTextAsync(reason.ValueKind == JsonValueKind.Null ? "—" : reason.GetProperty("l2").GetString()!);

        var findings = expected.GetProperty("findings").EnumerateArray().ToList();
        await Expect(pane.ByTestId("finding")).ToHaveCountAsync(findings.Count);
        var shownIds = await pane.ByTestId("finding").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.ruleId)");
        Assert.That(shownIds, Is.EqualTo(findings.Select(f => f.GetProperty("ruleId").GetString()).ToArray()));

        var marks = (await pane.Page.Locator("mark[data-rule-id]").EvaluateAllAsync<JsonElement>(
                "marks => marks.map(m => ({ ruleId: m.dataset.ruleId, text: m.textContent }))"))
            .EnumerateArray().Select(m => new MarkText(m.GetProperty("ruleId").GetString()!, m.GetProperty("text").GetString()!)).ToList();
        foreach (var finding in findings.Where(f => f.GetProperty("length").GetInt32() > 0))
        {
            var ruleId = finding.GetProperty("ruleId").GetString();
            var words = text.Substring(finding.GetProperty("start").GetInt32(), finding.GetProperty("length").GetInt32());
            Assert.That(marks, Has.Some.EqualTo(new MarkText(ruleId!, words)), $"a mark around \"{words}\" for {ruleId}");
        }
    }

    private static async Task ExpectNoSeriousAxeViolationsAsync(PaneSession pane)
    {
        var result = await pane.Page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Select(n => n.Html).Take(3))}")
            .ToList();
        Assert.That(serious, Is.Empty);
    }

    private static async Task<JsonElement[]> WaitForInsertsAsync(PaneSession pane, int count)
    {
        await pane.Page.WaitForFunctionAsync("n => window.__mail.inserts.length >= n", count);
        return (await pane.InsertsAsync()).EnumerateArray().ToArray();
    }

    private sealed record MarkText(string RuleId, string Text);
}
