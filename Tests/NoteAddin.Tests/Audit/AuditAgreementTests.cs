using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using NoteAddin.Service.Audit;
using static Microsoft.Playwright.Assertions;

namespace NoteAddin.Tests.Pane.Audit;

/// <summary>
/// The audit page and the command-line audit read one export alike: the same rows, the same disagreements, the same
/// copy-paste groups. Neither keeps its own list of recorded-status labels or its own copy-paste key (issue 11: the
/// page did not know the portal's "Status Unknown", the command line refused "blockiert").
/// </summary>
[TestFixture]
public sealed class AuditAgreementTests
{
    /// <summary>Every portal label in English and German, an id, a value that is no status, and none.</summary>
    private static readonly string[] Recorded =
    [
        "Status Unknown", "In Progress", "No Intent", "Duplicate/Invalid", "Blocked", "blockiert", "unbekannt", "Unbekannter Status",
        "In Bearbeitung", "Keine Absicht", "Dupliziert/Ungültig", "Dupliziert/Ungueltig", "NoIntent", "On hold", "",
    ];

    // A tenant bigger than one request of the page (its batch size is set to 50 below): split by the service's copy
    // key, its copies written with other case, spacing and umlaut spelling must still be found as one group.
    private const string BigTenant = "T99999 Northwind";
    private const int PageBatch = 50;
    private const int BigTenantNotes = 120;

    private static readonly string[] Copied =
    [
        "Kunde ist blockiert, weil die Übernahme durch die Holding noch läuft.",
        "KUNDE ist blockiert, weil die  Uebernahme durch die Holding noch läuft",
        "Kunde ist blockiert, weil die Übernahme durch die Holding noch läuft.",
    ];

    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("noteaddin-agreement-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task The_page_and_the_command_line_audit_an_export_alike()
    {
        var rows = AuditCsv.Generate(400, seed: 21).Select((r, i) => r with { Recorded = Recorded[i % Recorded.Length] }).ToList();
        for (var i = 0; i < BigTenantNotes; i++)
        {
            var note = i % 10 < 3 ? Copied[i % 10] : AuditCsv.Pool[i % AuditCsv.Pool.Length].Note;
            rows.Insert(i * 4, new AuditRow(0, BigTenant, AuditCsv.Workloads[i % AuditCsv.Workloads.Length], Recorded[(i * 7) % Recorded.Length], "", note));
        }

        var (bytes, placed) = AuditCsv.Write(rows);
        Assume.That(placed.Select(r => r.Recorded), Is.SupersetOf(Recorded));

        var command = CommandLine(bytes);
        var page = await PageAsync(bytes);

        Assert.That(page.Keys, Is.EquivalentTo(command.Keys), "one row per note, by line");
        var disagreeing = command.Values.Count(r => r.Disagrees == "yes");
        Assert.That(disagreeing, Is.GreaterThan(100), "the labels were read and compared");
        Assert.Multiple(() =>
        {
            foreach (var (line, expected) in command)
            {
                var actual = page[line];
                Assert.That(actual.Status, Is.EqualTo(expected.Status), $"line {line}: status");
                Assert.That(actual.Grade, Is.EqualTo(expected.Grade), $"line {line}: grade");
                Assert.That(actual.Score, Is.EqualTo(expected.Score), $"line {line}: score");
                Assert.That(actual.Disagrees == "yes", Is.EqualTo(expected.Disagrees == "yes"), $"line {line}: recorded \"{expected.Recorded}\", note reads {expected.Status}");
            }
        });

        Assert.That(Groups(page), Is.EquivalentTo(Groups(command)), "the same copy-paste groups");
        var bigGroup = Groups(command).Single(g => g.Count == Copied.Length * 12);
        Assert.That(bigGroup.Select(l => command[l].Tenant).Distinct(), Is.EqualTo(new[] { BigTenant }), "the big tenant's copies are one group");

        var unreadable = command.Values.Count(r => r.Disagrees == "recorded-unreadable" && r.Recorded.Length > 0);
        Assert.That(unreadable, Is.EqualTo(placed.Count(r => r.Recorded == "On hold")), "only \"On hold\" is no status");
        Assert.That(_unrecognisedOnPage, Is.EqualTo(unreadable));
        Assert.That(_disagreementsOnPage, Is.EqualTo(disagreeing));
    }

    private sealed record Row(string Tenant, string Recorded, string Status, string Grade, string Score, string Disagrees, string Group);

    private int _unrecognisedOnPage;
    private int _disagreementsOnPage;

    private static List<HashSet<int>> Groups(Dictionary<int, Row> rows) =>
        rows.Where(r => r.Value.Group.Length > 0).GroupBy(r => r.Value.Group).Select(g => g.Select(r => r.Key).ToHashSet()).ToList();

    private Dictionary<int, Row> CommandLine(byte[] bytes)
    {
        var input = Path.Combine(_dir, "export.csv");
        var output = Path.Combine(_dir, "results.csv");
        File.WriteAllBytes(input, bytes);
        var stderr = new StringWriter();
        Assert.That(AuditCommand.Run([input, "--out", output], new StringWriter(), stderr), Is.EqualTo(AuditCommand.Ok), stderr.ToString());

        var records = AuditCsv.Read(File.ReadAllText(output, Encoding.UTF8));
        int Col(string name) => Array.IndexOf(records[0], name);
        return records.Skip(1).ToDictionary(
            r => int.Parse(r[Col("line")], CultureInfo.InvariantCulture),
            r => new Row(r[Col("tenant")], r[Col("recorded_status")], r[Col("detected_status")], r[Col("grade")], r[Col("score")], r[Col("disagrees")], r[Col("copy_paste_group")]));
    }

    private async Task<Dictionary<int, Row>> PageAsync(byte[] bytes)
    {
        // The service's own settings, with a smaller request size so the big tenant needs several requests.
        var config = JsonNode.Parse(await BrowserFixture.Server.Http.GetStringAsync("api/config"))!;
        config["limits"]!["batchNotes"] = PageBatch;
        await using var page = await AuditSession.OpenAsync(routes: context => context.RouteAsync("**/api/config", route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "application/json",
            Body = config.ToJsonString(),
        })));

        await page.UploadAsync(bytes);
        await Expect(page.ByTestId("ready")).ToContainTextAsync("notes");
        Assert.That(await page.RunAsync(), Is.EqualTo("done"));
        Assert.That(page.Requests.Count(r => r.PathAndQuery.StartsWith("/api/notes/copy-keys", StringComparison.Ordinal)), Is.EqualTo((BigTenantNotes + PageBatch - 1) / PageBatch), "the big tenant's keys came from the service");
        _unrecognisedOnPage = int.Parse((await page.ByTestId("disagreements").GetAttributeAsync("data-unrecognised"))!, CultureInfo.InvariantCulture);
        _disagreementsOnPage = await page.CountAttributeAsync("disagreements");

        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.ByTestId("export-csv").ClickAsync());
        var exported = AuditCsv.Read(await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8));
        int Col(string name) => Array.IndexOf(exported[0], name);
        Assert.That(page.Problems, Is.Empty, "the page logged errors");
        return exported.Skip(1).ToDictionary(
            r => int.Parse(r[Col("Line")], CultureInfo.InvariantCulture),
            r => new Row(r[Col("Tenant")], r[Col("Recorded status")], r[Col("Detected status")], r[Col("Grade")], r[Col("Score")], r[Col("Disagreement")], r[Col("Copy group")]));
    }
}
