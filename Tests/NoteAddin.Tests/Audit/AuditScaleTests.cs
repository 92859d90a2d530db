using System.Globalization;
using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace NoteAddin.Tests.Pane.Audit;

/// <summary>
/// The audit page with a large export: the page must stay responsive. The main thread's long tasks are recorded
/// with the Long Tasks API while the page reads the file in its worker and checks the notes.
/// </summary>
[TestFixture]
public sealed class AuditScaleTests
{
    private const string WatchLongTasks = """
        () => {
          window.__longTasks = [];
          new PerformanceObserver(list => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
            .observe({ type: 'longtask', buffered: false });
        }
        """;

    [Test]
    public async Task Reading_a_100_000_row_export_does_not_block_the_page()
    {
        var (bytes, _) = AuditCsv.Write(AuditCsv.Generate(100_000, seed: 11));
        await using var page = await AuditSession.OpenAsync();
        await page.Page.EvaluateAsync(WatchLongTasks);

        await page.UploadAsync(bytes);
        await Expect(page.ByTestId("ready")).ToContainTextAsync("100,000 notes", new() { Timeout = 60_000 });

        var longest = await LongestTaskAsync(page);
        var taking = await page.Page.EvaluateAsync<double>("() => Math.max(0, ...performance.getEntriesByName('audit-read').map(e => e.duration))");
        TestContext.Out.WriteLine($"{bytes.Length / 1048576.0:F1} MB read; taking the table took the page {taking:F0} ms; longest main-thread task {longest:F0} ms");
        Assert.That(longest, Is.LessThan(1_000), "the page froze while reading the file");
        Assert.That(page.Problems, Is.Empty);
    }

    [Test]
    [Explicit("Checks 100 000 notes through the service: about a minute on two cores. Run it by name.")]
    public async Task Auditing_100_000_notes_keeps_the_page_responsive()
    {
        var (bytes, _) = AuditCsv.Write(AuditCsv.Generate(100_000, seed: 11));
        await using var page = await AuditSession.OpenAsync();
        await page.Page.EvaluateAsync(WatchLongTasks);
        await page.UploadAsync(bytes);
        await Expect(page.ByTestId("ready")).ToContainTextAsync("100,000 notes", new() { Timeout = 60_000 });

        Assert.That(await page.RunAsync(timeoutMs: 600_000), Is.EqualTo("done"));
        var seconds = await page.Page.GetAttributeAsync("body", "data-audit-seconds");
        await page.ByTestId("filter-text").FillAsync("proxy");
        await Expect(page.ByTestId("result-row").First).ToBeVisibleAsync();
        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.ByTestId("export-csv").ClickAsync());
        Assert.That(new FileInfo(await download.PathAsync()).Length, Is.GreaterThan(0));

        var longest = await LongestTaskAsync(page);
        var tasks = await page.Page.EvaluateAsync<JsonElement>("() => window.__longTasks");
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"100 000 notes audited in {seconds} s; {tasks.GetArrayLength()} long tasks, longest {longest:F0} ms"));
        var steps = await page.Page.EvaluateAsync<JsonElement>(
            "() => Object.entries(performance.getEntriesByType('measure').reduce((m, e) => ((m[e.name] = Math.max(m[e.name] ?? 0, e.duration)), m), {}))");
        TestContext.Out.WriteLine($"longest step of each kind (ms): {steps}");
        Assert.That(longest, Is.LessThan(1_000), "the page froze");
        Assert.That(page.Problems, Is.Empty);
    }

    private static async Task<double> LongestTaskAsync(AuditSession page) =>
        await page.Page.EvaluateAsync<double>("() => Math.max(0, ...window.__longTasks)");
}
