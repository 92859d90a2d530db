using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace NoteAddin.Tests.Pane;

/// <summary>
/// The pane's in-place replace (WebUI/src/html-replace.ts) on the HTML shapes Outlook writes, run in the same
/// Chromium as the pane (its entity table is the browser's). esbuild bundles the module on its own for this, so each
/// case is one call rather than one pane session.
/// </summary>
[TestFixture]
public sealed class HtmlReplaceTests
{
    private IBrowserContext? _context;
    private IPage? _page;

    [OneTimeSetUp]
    public async Task LoadAsync()
    {
        var script = await BundleAsync();
        _context = await BrowserFixture.Browser.NewContextAsync();
        _page = await _context.NewPageAsync();
        await _page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = script });
    }

    [OneTimeTearDown]
    public async Task CloseAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }
    }

    [TestCase("<p>Hallo,</p><p><b>Teams:</b> Kunde stellt nicht bereit.</p><p>Gruß</p>", "Kunde stellt nicht bereit.",
        "<p>Hallo,</p><p><b>Teams:</b> NEU</p><p>Gruß</p>", TestName = "Plain words between a label and the end of the paragraph")]
    [TestCase("<p>Ende M&auml;rz&nbsp;live.</p>", "Ende März live.", "<p>NEU</p>", TestName = "Entities and no-break spaces read as their characters")]
    [TestCase("<p>Kunde ist blockiert, da die\r\nFirewall sperrt.<o:p></o:p></p>", "Kunde ist blockiert, da die Firewall sperrt.",
        "<p>NEU<o:p></o:p></p>", TestName = "Word's source line wrap inside the sentence")]
    [TestCase("<p>Kunde <b>arbeitet</b> an <span style='x'>der</span> Einführung.</p>", "Kunde arbeitet an der Einführung.",
        "<p>NEU</p>", TestName = "Inline tags inside the words go with them")]
    [TestCase("<p><span style='color:red'>Kunde arbeitet</span> an der Einführung.</p>", "Kunde arbeitet an der Einführung.",
        "<p><span style='color:red'>NEU</span></p>", TestName = "A tag whose start lies before the words keeps its end")]
    [TestCase("<p>Kunde <b>arbeitet an der Einführung.</b> Mehr folgt.</p>", "Kunde arbeitet an der Einführung.",
        "<p>NEU<b></b> Mehr folgt.</p>", TestName = "A tag whose end lies after the words keeps its start")]
    [TestCase("<p title=\"a > b\">Kunde <!-- x --> stellt bereit.</p>", "Kunde stellt bereit.",
        "<p title=\"a > b\">NEU<!-- x --></p>", TestName = "Comments stay; a > inside an attribute is not the tag's end")]
    [TestCase("<html><head><title>Kunde stellt bereit.</title><style>p{} /* Kunde stellt bereit. */</style></head><body><p>Kunde stellt bereit.</p></body></html>",
        "Kunde stellt bereit.", "<html><head><title>Kunde stellt bereit.</title><style>p{} /* Kunde stellt bereit. */</style></head><body><p>NEU</p></body></html>",
        TestName = "Text that is never shown does not count")]
    [TestCase("<p>1 &lt; 2 &amp; 3</p>", "1 < 2 & 3", "<p>NEU</p>", TestName = "Escaped markup characters")]
    public async Task Replaces_the_words_and_nothing_else(string html, string words, string expected)
    {
        var outcome = await ReplaceAsync(html, words, "NEU");
        Assert.That(outcome.GetProperty("kind").GetString(), Is.EqualTo("replaced"));
        Assert.That(outcome.GetProperty("body").GetString(), Is.EqualTo(expected));
    }

    [TestCase("<p>Keine Absicht.</p><blockquote><p>SharePoint: Keine Absicht.</p></blockquote>", "Keine Absicht.", "repeated", TestName = "Words the quoted thread repeats")]
    [TestCase("<p>Kunde<br>antwortet nicht.</p>", "Kunde antwortet nicht.", "crosses-lines", TestName = "Words across a line break")]
    [TestCase("<p>Kunde</p><p>antwortet nicht.</p>", "Kunde antwortet nicht.", "crosses-lines", TestName = "Words across paragraphs")]
    [TestCase("<p>Absichtserklärung folgt.</p>", "Absicht", "not-found", TestName = "Words that are only the start of a longer word")]
    [TestCase("<p>Der Kunde hat keine Absicht.</p>", "Keine Absicht.", "not-found", TestName = "Case matters: the words exactly")]
    [TestCase("<p>Something else.</p>", "Keine Absicht.", "not-found", TestName = "Words the writer deleted meanwhile")]
    [TestCase("<p>Keine Absicht.</p>", "   ", "not-found", TestName = "No words at all")]
    public async Task Refuses_what_it_cannot_place_exactly(string html, string words, string kind)
    {
        var outcome = await ReplaceAsync(html, words, "NEU");
        Assert.That(outcome.GetProperty("kind").GetString(), Is.EqualTo(kind));
        Assert.That(outcome.TryGetProperty("body", out _), Is.False, "no body to write back");
    }

    [Test]
    public async Task The_replacement_is_written_as_text()
    {
        var outcome = await ReplaceAsync("<p>Alt.</p>", "Alt.", "A <b> & C\nZeile 2");

        Assert.That(outcome.GetProperty("body").GetString(), Is.EqualTo("<p>A &lt;b&gt; &amp; C<br>Zeile 2</p>"));
    }

    [Test]
    public async Task A_plain_text_body_is_read_as_text()
    {
        var outcome = await ReplaceAsync("Hallo,\r\nTeams: Keine Absicht.\r\n<Gruß> & Tschüss", "Keine Absicht.", "Kunde hat keine Absicht <wegen X>.", "text");

        Assert.That(outcome.GetProperty("body").GetString(), Is.EqualTo("Hallo,\r\nTeams: Kunde hat keine Absicht <wegen X>.\r\n<Gruß> & Tschüss"));
    }

    [Test]
    public async Task Outlooks_three_note_mail_changes_only_the_teams_words()
    {
        const string Words = "Wir arbeiten mit dem Kunden an der Einführung, Details folgen.";

        var outcome = await ReplaceAsync(OutlookMails.ThreeNotes, Words, "NEU");

        Assert.That(outcome.GetProperty("body").GetString(), Is.EqualTo(OutlookMails.ThreeNotes.Replace(OutlookMails.TeamsSource, "NEU", StringComparison.Ordinal)));
    }

    private async Task<JsonElement> ReplaceAsync(string body, string words, string replacement, string format = "html") =>
        await _page!.EvaluateAsync<JsonElement>("([b, w, r, f]) => HtmlReplace.replaceOnce(b, w, r, f)", new[] { body, words, replacement, format });

    /// <summary>html-replace.ts as a classic script defining the global HtmlReplace, by the esbuild the WebUI build uses.</summary>
    private static async Task<string> BundleAsync()
    {
        var webUi = Path.Combine(Repository.Root, "WebUI");
        const string Build = "import { build } from 'esbuild';" +
            "const r = await build({ entryPoints: ['src/html-replace.ts'], bundle: true, format: 'iife', globalName: 'HtmlReplace', write: false, target: 'es2020', logLevel: 'error' });" +
            "process.stdout.write(r.outputFiles[0].text);";
        var start = new ProcessStartInfo("node", ["--input-type=module", "-e", Build])
        {
            WorkingDirectory = webUi,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.That(node.ExitCode, Is.Zero, $"esbuild (WebUI/node_modules, installed by the build) failed: {await errors}");
        return await output;
    }
}
