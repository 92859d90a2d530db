using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Newtonsoft.Json.Linq;
using NoteAddin.Tests.Hardening;
using NoteAddin.Tests.Hosting;

namespace NoteAddin.Tests.Mail;

/// <summary>
/// Hostile mails at /api/mail/check: each gets a correct answer or a clear 400 — never a 5xx, never a hang.
/// Times are reported and bounded generously (two shared cores), not asserted per request.
/// </summary>
public sealed class HostileMailTests
{
    private const int Seed = 20261201;

    private static readonly TimeSpan PerRequest = TimeSpan.FromSeconds(10);

    private ServiceHost _host = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _host = ServiceHost.Development();
        _client = _host.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _host.Dispose();
    }

    [Test]
    public async Task Scripts_and_styles_hold_no_notes()
    {
        var html = "<html><head><style>/* Teams: Kunde blockiert */ p{}</style><script>var n = 'Intune: Kunde blockiert';</script></head>"
            + "<body><script>document.write('EXO: blockiert')</script><p>Hallo,</p><p>Teams: Rollout abgeschlossen für alle Standorte.</p>"
            + string.Concat(Enumerable.Repeat("<style>x{}</style><script>y()</script>", 2_000)) + "<p>Gruß</p></body></html>";
        var body = await Ok(new { body = html, bodyType = "html" });
        Assert.That(body["notes"]!.Select(n => (string?)n["workload"]), Is.EqualTo(new[] { "Teams" }));
    }

    [Test]
    public async Task A_huge_table_is_read_row_by_row_or_refused_when_it_holds_more_notes_than_a_batch()
    {
        static string Rows(int n) => "<table>" + string.Concat(Enumerable.Range(0, n).Select(i => $"<tr><td>Teams</td><td>Blocked</td><td>Proxy drops media at site {i}.</td></tr>")) + "</table>";
        var read = await Ok(new { body = Rows(900), bodyType = "html" });
        var refused = await Post(new { body = Rows(1_100), bodyType = "html" });
        var wide = await Ok(new { body = "<table><tr>" + string.Concat(Enumerable.Repeat("<td>Teams</td>", 6_000)) + "</tr></table>", bodyType = "html" });
        Assert.Multiple(() =>
        {
            Assert.That(((JArray)read["notes"]!).Count, Is.EqualTo(900));
            Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(((JArray)wide["notes"]!).Count, Is.LessThanOrEqualTo(1));
        });
    }

    [TestCase("div")]
    [TestCase("blockquote")]
    [TestCase("table")]
    [TestCase("b")]
    [TestCase("ul><li")]
    public async Task Ten_thousand_deep_nesting_is_a_clear_400(string element)
    {
        // 10 000 levels, as deep as 100 000 characters allow (blockquote: 8 000).
        var depth = Math.Min(10_000, 99_000 / (element.Length + 2));
        var html = string.Concat(Enumerable.Repeat($"<{element}>", depth)) + "Teams: Kunde blockiert.";
        var (status, problem) = await Post(new { body = html, bodyType = "html" });
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)problem["title"], Does.Contain("deep"));
    }

    [Test]
    public async Task Nesting_just_under_the_limit_is_read()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 490)) + "Teams: Kunde ist blockiert, da der Proxy den Medienverkehr blockiert." + string.Concat(Enumerable.Repeat("</div>", 490));
        var body = await Ok(new { body = html, bodyType = "html" });
        Assert.That(body["notes"]!.Select(n => (string?)n["workload"]), Is.EqualTo(new[] { "Teams" }));
    }

    [TestCase("<p>Teams: <b>läuft<p>EXO: <i>blockiert</b> wegen</i> Zertifikaten<td><tr></table></div></p><div </b>&amp;&#xD800;&#0;<!-- ")]
    [TestCase("<<<>>><p <p <p>Teams: läuft</p></p></p><!DOCTYPE x><?xml?><![CDATA[EXO: blockiert]]><a href=\"javascript:alert(1)\">x")]
    [TestCase("<table><td>Teams<td>Blocked<td>Proxy<tr><td>EXO</table><li>Intune: läuft<dd>x<select><option>Teams: y")]
    public async Task Broken_markup_is_read_as_browsers_read_it(string html)
    {
        var body = await Ok(new { body = string.Concat(Enumerable.Repeat(html, 50)), bodyType = "html" });
        Assert.That(body["text"], Is.Not.Null);
    }

    [TestCase("text")]
    [TestCase("html")]
    public async Task A_100_000_character_line_is_a_clear_400_as_a_note_and_no_note_as_prose(string bodyType)
    {
        var words = string.Concat(Enumerable.Repeat("Bei Intune sind wir blockiert, weil der Proxy blockiert. ", 1_800));
        var labelled = await Post(new { body = ("Teams: " + words)[..100_000], bodyType });
        var prose = await Ok(new { body = words[..100_000], bodyType });
        var lines = await Ok(new { body = string.Concat(Enumerable.Repeat("Von: x\n", 14_000)), bodyType = "text" });
        Assert.Multiple(() =>
        {
            Assert.That(labelled.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)labelled.Body["title"], Does.Contain("10,000"));
            Assert.That(prose["notes"], Is.Empty, "100 000 characters of running text are no status note");
            Assert.That(lines["notes"], Is.Empty);
        });
    }

    [TestCase("> Teams: Kunde ist blockiert.\n")]
    [TestCase("-----Original Message-----\nFrom: Eva\nSent: Monday\nTo: Paul\nSubject: Status\n\nTeams: blocked.\n")]
    public async Task Only_quoted_text_has_no_notes(string piece)
    {
        var body = await Ok(new { body = string.Concat(Enumerable.Repeat(piece, 2_000))[..Math.Min(100_000, piece.Length * 2_000)] });
        Assert.That(body["notes"], Is.Empty);
    }

    [Test]
    public async Task Generated_hostile_mails_never_get_a_5xx()
    {
        var random = new Random(Seed);
        var notes = new HostileInputs(Seed);
        var statuses = new Dictionary<HttpStatusCode, int>();
        var slowest = TimeSpan.Zero;
        var run = Stopwatch.StartNew();
        for (var i = 0; i < 300; i++)
        {
            var html = random.Next(2) == 0;
            var body = html ? TagSoup(random, notes) : LineSoup(random, notes);
            var started = Stopwatch.StartNew();
            var (status, _) = await Post(new { body, bodyType = html ? "html" : "text", subject = random.Next(3) == 0 ? notes.Workload() : null, language = random.Next(4) == 0 ? "de" : null });
            slowest = started.Elapsed > slowest ? started.Elapsed : slowest;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.That((int)status, Is.EqualTo(200).Or.EqualTo(400), $"mail {i}: {Convert.ToBase64String(Encoding.UTF8.GetBytes(body[..Math.Min(body.Length, 2000)]))}");
        }

        TestContext.Out.WriteLine($"300 hostile mails in {run.Elapsed.TotalSeconds:0.0} s, slowest {slowest.TotalMilliseconds:0} ms; {string.Join(", ", statuses.Select(s => $"{(int)s.Key}×{s.Value}"))}");
        Assert.That(slowest, Is.LessThan(PerRequest));
        Assert.That(statuses.GetValueOrDefault(HttpStatusCode.OK), Is.GreaterThan(150), "most hostile mails are still mails");
    }

    [Test]
    public async Task Concurrent_html_mails_get_the_same_answers()
    {
        const string html = "<div>Hallo,</div><div><b>Teams:</b> Rollout abgeschlossen.</div><table><tr><td>EXO</td><td>Blocked</td><td>Zertifikate fehlen.</td></tr></table><div>Gruß</div>";
        var expected = (await Ok(new { body = html, bodyType = "html" })).ToString();
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var client = _host.CreateClient();
            var results = new List<string>();
            for (var i = 0; i < 25; i++)
            {
                using var response = await client.PostAsJsonAsync("/api/mail/check", new { body = html, bodyType = "html" });
                results.Add(JObject.Parse(await response.Content.ReadAsStringAsync()).ToString());
            }

            return results;
        }));
        Assert.That(answers.SelectMany(a => a), Is.All.EqualTo(expected));
    }

    private static string TagSoup(Random random, HostileInputs notes)
    {
        string[] tags = ["div", "p", "b", "i", "span", "table", "tr", "td", "th", "ul", "ol", "li", "br", "blockquote", "pre", "h2", "style", "script", "a", "font", "o:p", "img", "head", "body", "html", "template", "svg", "math", "select", "option", "textarea", "title"];
        string[] words = ["Teams:", "EXO –", "| Intune |", "\t", "Von:", "Gesendet:", "On Mon wrote:", "Viele Grüße", "&nbsp;", "&amp;", "&#xD800;", "<!--", "-->", "\"", "'", "=", ">", "<", "(In Bearbeitung)", "Kunde ist blockiert.", "Customer is blocked because of the proxy."];
        var soup = new StringBuilder();
        var length = random.Next(0, 20_000);
        while (soup.Length < length)
        {
            switch (random.Next(5))
            {
                case 0:
                    soup.Append('<').Append(tags[random.Next(tags.Length)]).Append(random.Next(3) == 0 ? " style=\"display:none\"" : random.Next(3) == 0 ? " class=\"gmail_quote\" type=cite" : string.Empty).Append('>');
                    break;
                case 1:
                    soup.Append("</").Append(tags[random.Next(tags.Length)]).Append('>');
                    break;
                case 2:
                    soup.Append(words[random.Next(words.Length)]).Append(' ');
                    break;
                default:
                    var (_, text) = notes.NextAccepted();
                    soup.Append(text.AsSpan(0, Math.Min(text.Length, 300)));
                    break;
            }
        }

        return soup.ToString();
    }

    private static string LineSoup(Random random, HostileInputs notes)
    {
        string[] starts = ["Teams: ", "- EXO – ", "1. Intune: ", "| SharePoint | Blocked | ", "Defender for Endpoint\t", "> ", "Von: x\nGesendet: y\n", "Am 1.1. schrieb x:\n", "Viele Grüße\n", "Hallo,\n", "", "", "Teams\n", "\n\n"];
        var mail = new StringBuilder();
        var length = random.Next(0, 30_000);
        while (mail.Length < length)
        {
            var (_, text) = notes.NextAccepted();
            mail.Append(starts[random.Next(starts.Length)]).Append(text.AsSpan(0, Math.Min(text.Length, random.Next(1, 2_000)))).Append(random.Next(3) == 0 ? "\r\n" : "\n");
        }

        return mail.Length > 100_000 ? mail.ToString(0, 100_000) : mail.ToString();
    }

    private async Task<JObject> Ok(object request)
    {
        var (status, body) = await Post(request);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body.ToString());
        return body;
    }

    private async Task<(HttpStatusCode Status, JObject Body)> Post(object request)
    {
        using var cancel = new CancellationTokenSource(PerRequest);
        using var response = await _client.PostAsJsonAsync("/api/mail/check", request, cancel.Token);
        var content = await response.Content.ReadAsStringAsync(cancel.Token);
        return (response.StatusCode, content.Length > 0 ? JObject.Parse(content) : new JObject());
    }
}
