using System.Text.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NoteAddin.Tests.Pane;

/// <summary>
/// A whole mail in the pane: the fake Outlook holds Word-made HTML with three notes; the pane must show a card per
/// note as /api/mail/check reads them, replace one note in the HTML without touching another byte, fall back to the
/// cursor when a note's words are not unique, and keep the "Warn me at Send" switch in roaming settings.
/// </summary>
[TestFixture]
public sealed class MailViewTests
{
    private static readonly LocatorAssertionsToBeVisibleOptions Wait = new() { Timeout = 10_000 };

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

    private async Task<PaneSession> OpenAsync(OfficeSetup setup) => _session = await PaneSession.OpenAsync(setup);

    private static OfficeSetup ThreeNoteMail(string displayLanguage = "en-US") =>
        new() { Html = OutlookMails.ThreeNotes, Subject = OutlookMails.Subject, DisplayLanguage = displayLanguage };

    [Test]
    public async Task Several_notes_show_one_card_each_as_the_service_reads_them()
    {
        var sent = new List<JsonElement>();
        var pane = await OpenAsync(ThreeNoteMail());
        pane.Page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/api/mail/check", StringComparison.Ordinal) && request.PostData is { } body)
            {
                lock (sent)
                {
                    sent.Add(JsonDocument.Parse(body).RootElement.Clone());
                }
            }
        };
        await pane.ByTestId("check").ClickAsync(); // the first look may have run before the listener was there

        var expected = await PaneSession.CheckMailAsync(OutlookMails.ThreeNotes, "html", OutlookMails.Subject);
        var notes = expected.GetProperty("notes").EnumerateArray().ToList();
        Assert.That(notes, Has.Count.EqualTo(3), "the service finds the three workload lines (and nothing in the greeting, signature or quoted thread)");
        await ExpectCardsAsync(pane, expected);
        await Expect(pane.Page.Locator("#results")).ToBeHiddenAsync();
        await Expect(pane.ByTestId("mail-view")).ToContainTextAsync("3 notes in this mail");

        // Each card: the note's own words (without its "Teams:" label), with the service's marks and findings.
        var text = expected.GetProperty("text").GetString()!;
        foreach (var note in notes)
        {
            var card = Card(pane, note.GetProperty("workload").GetString()!);
            var words = text.Substring(note.GetProperty("start").GetInt32(), note.GetProperty("length").GetInt32());
            await Expect(card.GetByTestId("note-view")).ToHaveTextAsync(words);
            var result = note.GetProperty("result");
            await Expect(card.GetByTestId("status")).ToHaveAttributeAsync("data-status", result.GetProperty("status").GetString()!);
            await Expect(card.GetByTestId("score")).ToHaveTextAsync(result.GetProperty("score").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(card.GetByTestId("finding")).ToHaveCountAsync(result.GetProperty("findings").GetArrayLength());
            foreach (var finding in result.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("length").GetInt32() > 0))
            {
                var marked = words.Substring(finding.GetProperty("start").GetInt32(), finding.GetProperty("length").GetInt32());
                await Expect(card.Locator($"mark[data-rule-id=\"{finding.GetProperty("ruleId").GetString()}\"]").First).ToHaveTextAsync(marked);
            }

            var suggestion = result.GetProperty("suggestion");
            if (suggestion.ValueKind == JsonValueKind.Null)
            {
                await Expect(card.Locator("[data-action=replace]")).ToBeHiddenAsync();
            }
            else
            {
                await Expect(card.Locator("[data-action=replace]")).ToBeVisibleAsync();
            }
        }

        // The pane sent Outlook's HTML and the subject, so the spans refer to the answer's text.
        Assert.That(sent, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(sent[^1].GetProperty("bodyType").GetString(), Is.EqualTo("html"));
            Assert.That(sent[^1].GetProperty("body").GetString(), Is.EqualTo(OutlookMails.ThreeNotes));
            Assert.That(sent[^1].GetProperty("subject").GetString(), Is.EqualTo(OutlookMails.Subject));
        });
        Assert.That(pane.Requests.Where(r => r.PathAndQuery.StartsWith("/api/notes/check", StringComparison.Ordinal)), Is.Empty,
            "several notes: each card's result comes with the mail check");
        await pane.ScreenshotAsync("mail-view-en");
    }

    [Test]
    public async Task An_info_finding_that_says_delete_the_words_names_them_instead_of_an_empty_bullet()
    {
        var pane = await OpenAsync(ThreeNoteMail("de-DE"));
        var exchange = Card(pane, "Exchange Online");
        var finding = exchange.Locator("[data-testid=finding][data-rule-id=vague-time-word]");
        await Expect(finding).ToBeVisibleAsync(Wait);

        var tries = finding.Locator(".finding-suggestions li");
        await Expect(tries).ToHaveTextAsync(["„zurzeit“ streichen"]);
        var empty = await pane.Page.Locator(".finding-suggestions li").EvaluateAllAsync<int>("items => items.filter(li => !li.textContent.trim()).length");
        Assert.That(empty, Is.Zero, "no blank bullet anywhere");
    }

    [Test]
    public async Task Replace_changes_exactly_that_note_and_leaves_every_other_byte()
    {
        var pane = await OpenAsync(ThreeNoteMail());
        var teams = Card(pane, "Teams");
        await Expect(teams).ToBeVisibleAsync(Wait);
        foreach (var slot in await teams.GetByTestId("slot").AllAsync())
        {
            await slot.FillAsync("Pilot mit 50 Nutzern in München & Köln");
        }

        var rewrite = (await teams.GetByTestId("suggestion-text").TextContentAsync())!;
        Assert.That(rewrite, Does.Not.Contain("["), "every slot filled: no confirmation needed");
        await teams.Locator("[data-action=replace]").ClickAsync();

        await Expect(pane.ByTestId("replace-result")).ToHaveTextAsync("Replaced the Teams note in the mail.");
        var writes = await WritesAsync(pane, 1);
        Assert.That(writes[0].GetProperty("coercionType").GetString(), Is.EqualTo("html"));
        var written = writes[0].GetProperty("data").GetString()!;
        // Only the note's words change: the label, the line's markup, the other notes, the signature and the quoted
        // thread (which repeats another note) are byte for byte what they were. The span that coloured one old word
        // goes with the old words.
        var expected = OutlookMails.ThreeNotes.Replace(OutlookMails.TeamsSource, Html(rewrite), StringComparison.Ordinal);
        Assert.That(expected, Is.Not.EqualTo(OutlookMails.ThreeNotes), "the fixture holds the Teams words where the test expects them");
        Assert.That(written, Is.EqualTo(expected));
        Assert.That(await pane.HtmlAsync(), Is.EqualTo(expected));
        Assert.That((await pane.InsertsAsync()).GetArrayLength(), Is.Zero, "replaced in place: nothing inserted at the cursor");

        // The pane checks the changed mail at once: the Teams card now shows the rewrite.
        await Expect(teams.GetByTestId("note-view")).ToHaveTextAsync(rewrite, new LocatorAssertionsToHaveTextOptions { Timeout = 5_000 });
        await Expect(pane.Page.Locator("[data-note-workload]")).ToHaveCountAsync(3);
    }

    [Test]
    public async Task Words_that_occur_twice_fall_back_to_the_cursor_and_say_so()
    {
        var pane = await OpenAsync(ThreeNoteMail());
        var sharePoint = Card(pane, "SharePoint Online");
        await Expect(sharePoint).ToBeVisibleAsync(Wait);
        var rewrite = (await sharePoint.GetByTestId("suggestion-text").TextContentAsync())!;

        await sharePoint.Locator("[data-action=replace]").ClickAsync();
        await pane.ByTestId("confirm-insert").ClickAsync(); // its placeholders are still open

        await Expect(pane.ByTestId("replace-result")).ToContainTextAsync("appear 2 times");
        await Expect(pane.ByTestId("replace-result")).ToContainTextAsync("inserted at the cursor");
        var inserts = (await pane.InsertsAsync()).EnumerateArray().ToArray();
        Assert.That(inserts, Has.Length.EqualTo(1));
        Assert.That(inserts[0].GetProperty("data").GetString(), Is.EqualTo(Html(rewrite)));
        Assert.That(inserts[0].GetProperty("coercionType").GetString(), Is.EqualTo("html"));
        Assert.That((await pane.WritesAsync()).GetArrayLength(), Is.Zero, "the body is never rewritten when the words are not unique");
        // The fake Outlook's cursor is the end of the body: everything before it is untouched.
        var html = await pane.HtmlAsync();
        var end = OutlookMails.ThreeNotes.IndexOf("</body>", StringComparison.Ordinal);
        Assert.That(html, Is.EqualTo(OutlookMails.ThreeNotes[..end] + Html(rewrite) + OutlookMails.ThreeNotes[end..]));
    }

    [Test]
    public async Task The_mail_is_checked_again_when_the_pane_gets_the_focus_back()
    {
        var pane = await OpenAsync(ThreeNoteMail());
        var teams = Card(pane, "Teams");
        await Expect(teams).ToBeVisibleAsync(Wait);
        const string Better = "Wir arbeiten mit dem Kunden an der Einführung, Fokus liegt auf dem Pilot mit 50 Nutzern bis Ende Mai.";

        // The writer goes to the mail and rewrites the Teams line there; a hidden pane does not poll.
        await pane.LeaveAsync();
        await pane.SetHtmlAsync(OutlookMails.ThreeNotes.Replace(OutlookMails.TeamsSource, Better, StringComparison.Ordinal));
        await Task.Delay(3_500);
        await Expect(teams.GetByTestId("note-view")).Not.ToHaveTextAsync(Better);

        await pane.ReturnAsync();
        await Expect(teams.GetByTestId("note-view")).ToHaveTextAsync(Better, new LocatorAssertionsToHaveTextOptions { Timeout = 2_000 });
    }

    [Test]
    public async Task One_note_in_a_mail_shows_the_single_note_view_for_that_note()
    {
        var pane = await OpenAsync(new OfficeSetup { Html = OutlookMails.OneNote });
        const string Words = "Customer is blocked by the proxy, which breaks device enrollment until the new proxy is live in May.";

        await Expect(pane.ByTestId("note-view")).ToHaveTextAsync(Words, new LocatorAssertionsToHaveTextOptions { Timeout = 8_000 });
        await Expect(pane.ByTestId("status")).ToBeVisibleAsync();
        await Expect(pane.ByTestId("mail-view")).ToBeHiddenAsync();
        await Expect(pane.Page.Locator("[data-note-workload]")).ToHaveCountAsync(0);
        await Expect(pane.Page.Locator("#state")).ToHaveTextAsync("Checked the note found in the mail. Select text to check something else.");
    }

    [Test]
    public async Task Selected_text_is_checked_alone_even_in_a_mail_with_several_notes()
    {
        const string Selected = "Keine Absicht.";
        var pane = await OpenAsync(ThreeNoteMail() with { Selection = Selected });

        await Expect(pane.ByTestId("note-view")).ToHaveTextAsync(Selected, new LocatorAssertionsToHaveTextOptions { Timeout = 8_000 });
        await Expect(pane.ByTestId("mail-view")).ToBeHiddenAsync();
        await Expect(pane.Page.Locator("[data-note-workload]")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Warn_at_send_switch_round_trips_through_roaming_settings()
    {
        var pane = await OpenAsync(ThreeNoteMail("de-DE"));
        var toggle = pane.Page.GetByRole(AriaRole.Switch, new PageGetByRoleOptions { Name = "Beim Senden warnen" });
        await Expect(toggle).ToBeVisibleAsync(Wait);
        await Expect(toggle).ToBeCheckedAsync(); // nothing stored: on
        Assert.That((await pane.SavedRoamingAsync()).ValueKind, Is.EqualTo(JsonValueKind.Null), "opening the pane saves nothing");

        await toggle.ClickAsync();
        await Expect(toggle).Not.ToBeCheckedAsync();
        await pane.Page.WaitForFunctionAsync("() => window.__mail.saved !== null");
        var saved = await pane.SavedRoamingAsync();
        Assert.That(saved.GetProperty("warnAtSend").GetBoolean(), Is.False);
        await DisposeSessionAsync();

        // The next compose window (any Outlook of the same mailbox) starts from what was saved.
        pane = await OpenAsync(ThreeNoteMail() with { Roaming = new JsonObject { ["warnAtSend"] = false } });
        toggle = pane.Page.GetByRole(AriaRole.Switch, new PageGetByRoleOptions { Name = "Warn me at Send" });
        await Expect(toggle).ToBeVisibleAsync(Wait);
        await Expect(toggle).Not.ToBeCheckedAsync();
        await toggle.PressAsync("Space"); // a switch is a keyboard control too
        await Expect(toggle).ToBeCheckedAsync();
        await pane.Page.WaitForFunctionAsync("() => window.__mail.saved !== null && window.__mail.saved.warnAtSend === true");
    }

    [Test]
    public async Task Warn_at_send_switch_is_hidden_outside_outlook()
    {
        var pane = await OpenAsync(new OfficeSetup { Reachable = false });
        await Expect(pane.ByTestId("note-input")).ToBeVisibleAsync();

        await Expect(pane.ByTestId("warn-at-send")).ToBeHiddenAsync();
    }

    [Test]
    public async Task Mail_view_is_accessible()
    {
        var pane = await OpenAsync(ThreeNoteMail("de-DE"));
        await ExpectCardsAsync(pane, await PaneSession.CheckMailAsync(OutlookMails.ThreeNotes, "html", OutlookMails.Subject));

        var result = await pane.Page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Select(n => n.Html).Take(3))}")
            .ToList();
        Assert.That(serious, Is.Empty);
        var ids = await pane.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[id]')].map(e => e.id)");
        Assert.That(ids, Is.Unique, "each card keeps its ids to itself");
    }

    [Test]
    public async Task Mail_view_fits_the_narrowest_task_pane()
    {
        var pane = _session = await PaneSession.OpenAsync(ThreeNoteMail(), width: 320);
        await ExpectCardsAsync(pane, await PaneSession.CheckMailAsync(OutlookMails.ThreeNotes, "html", OutlookMails.Subject));

        var overflow = await pane.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.That(overflow, Is.LessThanOrEqualTo(0));
        await pane.ScreenshotAsync("mail-view-320");
    }

    /// <summary>
    /// The README's picture of the mail view (docs/mail-view.png). Taken only when NOTEADDIN_DOCS_SCREENSHOTS=1, so a
    /// normal test run never rewrites a file in the repository.
    /// </summary>
    [Test]
    public async Task Readme_screenshot_of_the_mail_view()
    {
        var pane = _session = await PaneSession.OpenAsync(ThreeNoteMail(), width: 400);
        await ExpectCardsAsync(pane, await PaneSession.CheckMailAsync(OutlookMails.ThreeNotes, "html", OutlookMails.Subject));
        // The cards above are the test; the picture is rewritten only on request (NOTEADDIN_DOCS_SCREENSHOTS=1).
        if (Environment.GetEnvironmentVariable("NOTEADDIN_DOCS_SCREENSHOTS") != "1")
        {
            return;
        }

        var path = Path.Combine(Repository.Root, "docs", "mail-view.png");
        // From the top down to the end of the Teams card: the switch, the heading, a Good note and one to replace.
        var teams = await Card(pane, "Teams").BoundingBoxAsync() ?? throw new InvalidOperationException("no Teams card");
        var clip = new Clip { X = 0, Y = 0, Width = 400, Height = teams.Y + teams.Height + 12 };
        await pane.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Clip = clip });
        TestContext.Out.WriteLine($"wrote {path}");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static ILocator Card(PaneSession pane, string workload) => pane.Page.Locator($"[data-note-workload=\"{workload}\"]");

    /// <summary>A card per note, in the mail's order, with the service's workload and grade.</summary>
    private static async Task ExpectCardsAsync(PaneSession pane, JsonElement expected)
    {
        var notes = expected.GetProperty("notes").EnumerateArray().ToList();
        var cards = pane.Page.Locator("[data-note-workload]");
        await Expect(cards).ToHaveCountAsync(notes.Count, new LocatorAssertionsToHaveCountOptions { Timeout = 10_000 });
        var shown = await cards.EvaluateAllAsync<JsonElement>("cards => cards.map(c => ({ workload: c.dataset.noteWorkload, grade: c.dataset.grade }))");
        Assert.That(
            shown.EnumerateArray().Select(c => (c.GetProperty("workload").GetString(), c.GetProperty("grade").GetString())),
            Is.EqualTo(notes.Select(n => (n.GetProperty("workload").GetString() ?? "", n.GetProperty("result").GetProperty("grade").GetString()))));
    }

    private static async Task<JsonElement[]> WritesAsync(PaneSession pane, int count)
    {
        await pane.Page.WaitForFunctionAsync("n => window.__mail.writes.length >= n", count);
        return (await pane.WritesAsync()).EnumerateArray().ToArray();
    }

    /// <summary>Text as the pane writes it into an HTML body: markup characters escaped, nothing else.</summary>
    private static string Html(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private async Task DisposeSessionAsync()
    {
        var problems = _session!.Problems;
        await _session.DisposeAsync();
        _session = null;
        Assert.That(problems, Is.Empty);
    }
}
