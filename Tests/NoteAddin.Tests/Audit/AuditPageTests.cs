using System.Diagnostics;
using System.Globalization;
using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NoteAddin.Tests.Pane.Audit;

/// <summary>
/// The audit page in headless Chromium against the real service. Expected figures come from asking the service
/// directly about the same rows, so the tests follow the engine rather than freeze today's grades.
/// </summary>
[TestFixture]
public sealed class AuditPageTests
{
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

    private async Task<AuditSession> OpenAsync(string locale = "en-US", ColorScheme scheme = ColorScheme.Light) =>
        _session = await AuditSession.OpenAsync(locale, scheme);

    [Test]
    public async Task Audits_ten_thousand_notes_from_a_csv_export()
    {
        var (bytes, rows) = AuditCsv.Write(AuditCsv.Generate(10_000));
        var service = await ServiceView.AskAsync(rows);
        var page = await OpenAsync();

        await page.UploadAsync(bytes);
        await Expect(page.ByTestId("file-state")).ToContainTextAsync("10,000 rows read");
        await Expect(page.ByTestId("csv-problems")).ToBeHiddenAsync();
        Assert.That(await page.ByTestId("column-note").InputValueAsync(), Is.EqualTo("3"), "the note column is found by its name");
        Assert.That(await page.ByTestId("column-recorded").InputValueAsync(), Is.EqualTo("2"));

        var watch = Stopwatch.StartNew();
        Assert.That(await page.RunAsync(), Is.EqualTo("done"));
        watch.Stop();
        var pageSeconds = await page.Page.GetAttributeAsync("body", "data-audit-seconds");
        TestContext.Out.WriteLine($"10 000 notes audited in {watch.Elapsed.TotalSeconds:F1} s (the page's own clock: {pageSeconds} s)");
        Assert.That(await page.ByTestId("progress").GetAttributeAsync("value"), Is.EqualTo("10000"));

        // Charts: the same tallies as the service's own answers.
        var grades = await page.ChartAsync("grade-chart");
        foreach (var grade in new[] { "Good", "Incomplete", "Bad" })
        {
            Assert.That(grades[grade], Is.EqualTo(Enumerable.Range(0, rows.Count).Count(i => service.Grade(i) == grade)), grade);
        }

        var statuses = await page.ChartAsync("l1-chart");
        Assert.That(statuses.Values.Sum(), Is.EqualTo(10_000));
        Assert.That(statuses["Blocked"], Is.EqualTo(Enumerable.Range(0, rows.Count).Count(i => service.Status(i) == "Blocked")));
        var l2 = await page.ChartAsync("l2-chart");
        var withReason = Enumerable.Range(0, rows.Count).Count(i => service.Results[i].GetProperty("reason").ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.That(l2.Values.Sum(), Is.EqualTo(10_000));
        Assert.That(l2.GetValueOrDefault(""), Is.EqualTo(10_000 - withReason), "notes without a reason");
        await Expect(page.ByTestId("top-findings").Locator("li").First).ToHaveAttributeAsync("data-rule-id", new System.Text.RegularExpressions.Regex("."));

        // Disagreements: the recorded status (three spellings) against what the note says; a note that states no
        // readable status neither confirms nor contradicts (as the command-line audit counts).
        var disagreements = Enumerable.Range(0, rows.Count).Count(i => service.Status(i) != "Undetermined" && rows[i].RecordedStatus != service.Status(i));
        Assert.That(disagreements, Is.GreaterThan(500), "the generated data has disagreements");
        Assert.That(await page.CountAttributeAsync("disagreements"), Is.EqualTo(disagreements));

        // Copy-paste clusters: across the whole file, although each tenant's rows lie far apart.
        Assert.That(service.Clusters, Has.Count.GreaterThan(50));
        Assert.That(await page.CountAttributeAsync("copy-paste-clusters"), Is.EqualTo(service.Clusters.Count));
        var cluster = page.ByTestId("copy-paste-clusters").GetByTestId("cluster").First;
        await Expect(cluster).ToContainTextAsync("legal team");

        // The table: filters.
        await page.ByTestId("filter-grade").SelectOptionAsync("Bad");
        await ExpectRowsShownAsync(page, grades["Bad"]);
        await Expect(page.ByTestId("result-row").First).ToHaveAttributeAsync("data-grade", "Bad");
        await page.ByTestId("filter-grade").SelectOptionAsync("");
        await page.ByTestId("filter-disagreement").SelectOptionAsync("yes");
        await ExpectRowsShownAsync(page, disagreements);
        await page.ByTestId("filter-disagreement").SelectOptionAsync("");
        await page.ByTestId("filter-rule").SelectOptionAsync("copy-paste-across-workloads");
        await ExpectRowsShownAsync(page, service.Clusters.Sum(c => c.Length));
        await page.ByTestId("filter-rule").SelectOptionAsync("");
        await page.ByTestId("filter-status").SelectOptionAsync("Unknown");
        await ExpectRowsShownAsync(page, statuses["Unknown"]);
        await page.ByTestId("filter-status").SelectOptionAsync("");

        // Sorting by score, lowest first, then highest first.
        await page.ByTestId("sort-score").ClickAsync();
        var lowest = int.Parse(await page.ByTestId("result-row").First.Locator("td").Nth(6).InnerTextAsync(), CultureInfo.InvariantCulture);
        await page.ByTestId("sort-score").ClickAsync();
        var highest = int.Parse(await page.ByTestId("result-row").First.Locator("td").Nth(6).InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.That(lowest, Is.EqualTo(service.Results.Min(r => r.GetProperty("score").GetInt32())));
        Assert.That(highest, Is.EqualTo(service.Results.Max(r => r.GetProperty("score").GetInt32())));

        // Free text, then open the row: the note with its marks on the service's exact spans, and its suggestion.
        const string vague = "Kunde wird aufgrund spezifischer Infrastruktur vor Ort nicht bereitstellen.";
        await page.ByTestId("filter-text").FillAsync("spezifischer Infrastruktur");
        var expectedVague = rows.Count(r => r.Note == vague);
        await ExpectRowsShownAsync(page, expectedVague);
        var row = page.ByTestId("result-row").First;
        var index = int.Parse((await row.GetAttributeAsync("data-index"))!, CultureInfo.InvariantCulture);
        await row.GetByTestId("open-row").PressAsync("Enter");
        var detail = page.ByTestId("note-detail");
        await Expect(detail).ToBeVisibleAsync();
        var line = int.Parse((await row.GetAttributeAsync("data-line"))!, CultureInfo.InvariantCulture);
        var rowIndex = rows.FindIndex(r => r.Line == line);
        Assert.That(rows[rowIndex].Note, Is.EqualTo(vague));
        var result = service.Results[rowIndex];
        var spanned = result.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("length").GetInt32() is > 0 and < 70).ToList();
        Assert.That(spanned, Is.Not.Empty, "the vague note has findings on parts of its text");
        foreach (var finding in spanned)
        {
            var words = vague.Substring(finding.GetProperty("start").GetInt32(), finding.GetProperty("length").GetInt32());
            var rule = finding.GetProperty("ruleId").GetString()!;
            var marks = await detail.Locator($"mark[data-rule-id='{rule}']").AllInnerTextsAsync();
            Assert.That(marks, Does.Contain(words), rule);
        }

        await Expect(page.ByTestId("detail-suggestion")).ToHaveTextAsync(result.GetProperty("suggestion").GetProperty("text").GetString()!);
        await Expect(page.ByTestId("detail-status")).ToHaveTextAsync("Blocked");
        // With the charts, the table and the note open (the other tests check the page without the dialog).
        await ExpectNoSeriousAxeViolationsAsync(page);
        await page.Page.Keyboard.PressAsync("Escape");
        await Expect(detail).ToBeHiddenAsync();
        Assert.That(index, Is.GreaterThanOrEqualTo(0));

        // Export everything: escaped properly, formulas defused, every note there once.
        await page.ByTestId("filter-text").FillAsync("");
        await ExpectRowsShownAsync(page, 10_000);
        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.ByTestId("export-csv").ClickAsync());
        var path = await download.PathAsync();
        var exported = AuditCsv.Read(await File.ReadAllTextAsync(path, Encoding.UTF8));
        Assert.That(exported, Has.Count.EqualTo(10_001));
        var header = exported[0];
        Assert.That(header, Does.Contain("Tenant").And.Contain("Detected status").And.Contain("Grade").And.Contain("Note"));
        var byLine = exported.Skip(1).ToDictionary(r => int.Parse(r[0], CultureInfo.InvariantCulture));
        var col = (string name) => Array.IndexOf(header, name);
        foreach (var (r, i) in rows.Select((r, i) => (r, i)).Where(x => x.r.Note.Contains('\n') || x.r.Note.Contains('"')).Take(20))
        {
            Assert.That(byLine[r.Line][col("Note")], Is.EqualTo(r.Note), $"line {r.Line}");
            Assert.That(byLine[r.Line][col("Detected status")], Is.EqualTo(service.Status(i)));
            Assert.That(byLine[r.Line][col("Grade")], Is.EqualTo(service.Grade(i)));
        }

        var formulaRow = rows.First(r => r.Tenant == AuditCsv.FormulaTenant);
        Assert.That(byLine[formulaRow.Line][col("Tenant")], Is.EqualTo("'" + AuditCsv.FormulaTenant));
        Assert.That(exported.Skip(1).Count(r => r[col("Disagreement")] == "yes"), Is.EqualTo(disagreements));
    }

    [Test]
    public async Task Cancel_stops_the_run_midway_and_keeps_what_was_checked()
    {
        var (bytes, rows) = AuditCsv.Write(AuditCsv.Generate(4_000, seed: 9));
        var page = await OpenAsync();
        var requests = 0;
        // Slow the service down so the run is still going when Cancel is pressed.
        await page.Page.RouteAsync("**/api/notes/check-batch", async route =>
        {
            Interlocked.Increment(ref requests);
            await Task.Delay(400);
            await route.ContinueAsync();
        });
        await page.UploadAsync(bytes);
        await Expect(page.ByTestId("ready")).ToContainTextAsync("4,000 notes");

        await page.ByTestId("start-audit").ClickAsync();
        // The first answer is in (the requests hold whole tenants, so a little under 1 000 notes each).
        await page.Page.WaitForFunctionAsync("() => document.getElementById('progress').value > 0", null, new() { Timeout = 20_000 });
        await page.ByTestId("cancel-audit").ClickAsync();
        await page.Page.WaitForSelectorAsync("body[data-audit-state]");

        Assert.That(await page.Page.GetAttributeAsync("body", "data-audit-state"), Is.EqualTo("cancelled"));
        var checkedNotes = int.Parse((await page.ByTestId("progress").GetAttributeAsync("value"))!, CultureInfo.InvariantCulture);
        Assert.That(checkedNotes, Is.GreaterThan(0).And.LessThan(4_000));
        await Expect(page.ByTestId("run-state")).ToContainTextAsync("Cancelled");
        var grades = await page.ChartAsync("grade-chart");
        Assert.That(grades.Values.Sum(), Is.EqualTo(checkedNotes), "the charts cover the notes checked before Cancel");
        var sent = requests;
        await Task.Delay(1_000);
        Assert.That(requests, Is.EqualTo(sent), "no request after Cancel");
        await Expect(page.ByTestId("start-audit")).ToBeEnabledAsync();
        await Expect(page.ByTestId("cancel-audit")).ToBeDisabledAsync();
        Assert.That(rows, Has.Count.EqualTo(4_000));
    }

    [Test]
    public async Task Malformed_rows_are_reported_with_their_line_and_the_rest_is_checked()
    {
        var csv = "Tenant;Workload;Recorded status;Note\n"
            + "T1;Teams;Blocked;\"Customer is blocked by the proxy; the new one comes in March.\"\n" // line 2: fine
            + "T1;Exchange Online;Blocked\n" // line 3: three fields
            + "T2;Teams;Unknown;Customer \"never\" answers.\n" // line 4: quote inside an unquoted field
            + "T2;Intune;NoIntent;\"Kunde hat kein Interesse.\"x\n" // line 5: text after the closing quote
            + "\n"
            + "T3;OneDrive;InProgress;\"Onboarding is running,\nfocus is on the pilot.\"\n" // lines 7-8: fine
            + "T3;Teams;Blocked;\"Customer is blocked because nobody closes this quote\n"; // line 9: unclosed
        var page = await OpenAsync();

        await page.UploadAsync(Encoding.UTF8.GetBytes(csv), "broken.csv");

        var problems = page.ByTestId("csv-problems");
        await Expect(problems).ToBeVisibleAsync();
        await Expect(problems).ToContainTextAsync("4 malformed rows");
        await Expect(problems).ToContainTextAsync("Line 3: 3 fields instead of 4");
        await Expect(problems).ToContainTextAsync("Line 4:");
        await Expect(problems).ToContainTextAsync("Line 5:");
        await Expect(problems).ToContainTextAsync("Line 9:");
        await Expect(page.ByTestId("file-state")).ToContainTextAsync("2 rows read (separator ;)");
        await Expect(page.ByTestId("ready")).ToContainTextAsync("2 notes");

        Assert.That(await page.RunAsync(), Is.EqualTo("done"));
        await ExpectRowsShownAsync(page, 2);
        var lines = await page.ByTestId("result-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.line)");
        Assert.That(lines, Is.EquivalentTo(new[] { "2", "7" }));
    }

    [Test]
    public async Task A_file_that_is_not_utf8_names_the_line()
    {
        var bytes = Encoding.UTF8.GetBytes("Tenant,Workload,Status,Note\nT1,Teams,Blocked,Customer is blocked.\nT2,Teams,Blocked,Kunde ")
            .Concat(new byte[] { 0xFC }) // "ü" in Windows-1252
            .Concat(Encoding.UTF8.GetBytes("berlegt.\n")).ToArray();
        var page = await OpenAsync();

        await page.UploadAsync(bytes, "latin1.csv");

        await Expect(page.ByTestId("file-state")).ToContainTextAsync("not UTF-8 text (line 3)");
        await Expect(page.ByTestId("start-audit")).ToBeDisabledAsync();
    }

    [Test]
    public async Task Columns_with_other_names_are_chosen_in_the_page_in_german()
    {
        var csv = "\uFEFFKunden-Nr;Dienst;Erfasst am Portal;Freitext\n"
            + "K1;Teams;Keine Absicht;Kunde ist blockiert, weil der Proxy den Medienverkehr stört.\n"
            + "K1;Exchange Online;Blockiert;Kunde reagiert nicht auf 4 Kontaktversuche. Verwaltetes Konto.\n";
        var page = await OpenAsync("de-DE");
        await Expect(page.ByTestId("start-audit")).ToHaveTextAsync("Audit starten");

        await page.UploadAsync(Encoding.UTF8.GetBytes(csv));
        await Expect(page.ByTestId("column-mapping")).ToBeVisibleAsync();
        await Expect(page.ByTestId("ready")).ToContainTextAsync("Spalte mit der Notiz");
        await Expect(page.ByTestId("start-audit")).ToBeDisabledAsync();
        Assert.That(await page.ByTestId("column-tenant").InputValueAsync(), Is.EqualTo("0"), "Kunden-Nr is the tenant");

        await page.ByTestId("column-note").SelectOptionAsync("3");
        await page.ByTestId("column-workload").SelectOptionAsync("1");
        await page.ByTestId("column-recorded").SelectOptionAsync("2");
        Assert.That(await page.RunAsync(), Is.EqualTo("done"));

        await Expect(page.ByTestId("run-state")).ToContainTextAsync("Fertig");
        Assert.That(await page.CountAttributeAsync("disagreements"), Is.EqualTo(2), "both recorded statuses contradict their notes");
        await ExpectNoSeriousAxeViolationsAsync(page);
    }

    [Test]
    public async Task Pasted_notes_are_checked_one_per_line_in_dark_mode()
    {
        var page = await OpenAsync(scheme: ColorScheme.Dark);
        await page.ByTestId("paste-input").FillAsync("Customer is blocked by the proxy.\n\nKunde hat kein Interesse.\nUsage 0%.\n");
        await Expect(page.ByTestId("ready")).ToContainTextAsync("3 notes");

        Assert.That(await page.RunAsync(), Is.EqualTo("done"));

        await ExpectRowsShownAsync(page, 3);
        var grades = await page.ChartAsync("grade-chart");
        Assert.That(grades.Values.Sum(), Is.EqualTo(3));
        await Expect(page.ByTestId("copy-paste-clusters")).ToContainTextAsync("No copied notes");
        await ExpectNoSeriousAxeViolationsAsync(page);
    }

    private static async Task ExpectRowsShownAsync(AuditSession page, int count) =>
        await Expect(page.ByTestId("rows-shown")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^{count.ToString("N0", CultureInfo.GetCultureInfo("en-US"))} of "));

    private static async Task ExpectNoSeriousAxeViolationsAsync(AuditSession page)
    {
        var result = await page.Page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Select(n => n.Html).Take(3))}")
            .ToList();
        Assert.That(serious, Is.Empty);
    }
}
