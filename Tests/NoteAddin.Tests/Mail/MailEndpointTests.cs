using System.Net;
using System.Net.Http.Json;
using System.Text;
using Newtonsoft.Json.Linq;
using NoteAddin.Tests.Api;
using NoteAddin.Tests.Hosting;

namespace NoteAddin.Tests.Mail;

/// <summary>POST /api/mail/check as API.md describes it, for good mails and for everything a client can get wrong.</summary>
public class MailEndpointTests : DevelopmentApiTest
{
    private const string GermanMail = "Hallo Frau Weber,\n\nExchange Online: Migration läuft, 420 von 1.200 Postfächern sind umgezogen.\n"
        + "Teams: Kunde ist blockiert, da die Firewall den Medienverkehr blockiert.\nSharePoint: Keine Absicht.\n\nViele Grüße\nJonas Becker\nTel. +49 89 1234 5678";

    [Test]
    public async Task A_text_mail_gets_every_field_of_the_contract()
    {
        var body = await CheckMail(new { body = GermanMail, bodyType = "text", subject = "Status Contoso" });
        var notes = (JArray)body["notes"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)body["language"], Is.EqualTo("de"));
            Assert.That(body.ContainsKey("text"), Is.False, "\"text\" is only for an HTML mail");
            Assert.That(notes.Select(n => (string?)n["workload"]), Is.EqualTo(new[] { "Exchange Online", "Teams", "SharePoint Online" }));
            Assert.That(notes.Select(n => (string?)n["workloadSource"]), Is.All.EqualTo("label"));
            Assert.That(body["crossFindings"], Is.InstanceOf<JArray>());
        });

        var teams = notes[1];
        var start = (int)teams["start"]!;
        var length = (int)teams["length"]!;
        var result = teams["result"]!;
        Assert.Multiple(() =>
        {
            Assert.That(GermanMail.Substring(start, length), Is.EqualTo("Kunde ist blockiert, da die Firewall den Medienverkehr blockiert."));
            Assert.That((string?)result["language"], Is.EqualTo("de"));
            Assert.That((string?)result["status"], Is.EqualTo("Blocked"));
            Assert.That((string?)result["grade"], Is.Not.Null);
            Assert.That((int?)result["score"], Is.InRange(0, 100));
            Assert.That(result["findings"], Is.InstanceOf<JArray>());
            Assert.That(((JObject)result).ContainsKey("suggestion"), Is.True);
            Assert.That(((JObject)result).ContainsKey("sentenceCount"), Is.True);
            Assert.That((string?)notes[2]["result"]!["grade"], Is.EqualTo("Bad"), "\"SharePoint: Keine Absicht.\" gets its warning now");
        });
    }

    [Test]
    public async Task An_html_mail_returns_the_text_its_spans_refer_to()
    {
        var body = await CheckMail(new { body = "<div>Hi Ben,</div><div><b>Azure AD:</b> Conditional Access runs in report-only mode until April.</div><div>Regards, Chloe</div>", bodyType = "html" });
        var text = (string)body["text"]!;
        var note = body["notes"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith("Hi Ben,\nAzure AD: Conditional"));
            Assert.That(text.Substring((int)note["start"]!, (int)note["length"]!), Is.EqualTo("Conditional Access runs in report-only mode until April."));
            Assert.That((string?)note["workload"], Is.EqualTo("Microsoft Entra ID"));
        });
    }

    [Test]
    public async Task A_subject_only_workload_and_copy_paste_across_workloads()
    {
        var subjectOnly = await CheckMail(new { body = "Hi Sarah,\n\nCustomer is blocked because all devices are managed by Workspace ONE until December.\n\nThanks,\nRaj", subject = "Intune status" });
        var copies = await CheckMail(new { body = "OneDrive: Customer will not deploy because data residency requirements are not met.\nSharePoint Online: customer will not deploy because data residency requirements are not met." });
        Assert.Multiple(() =>
        {
            Assert.That((string?)subjectOnly["notes"]![0]!["workload"], Is.EqualTo("Intune"));
            Assert.That((string?)subjectOnly["notes"]![0]!["workloadSource"], Is.EqualTo("subject"));
            Assert.That((string?)copies["crossFindings"]![0]!["ruleId"], Is.EqualTo("copy-paste-across-workloads"));
            Assert.That(copies["crossFindings"]![0]!["indexes"]!.Select(i => (int)i), Is.EqualTo(new[] { 0, 1 }));
        });
    }

    [TestCase("{\"body\": \"\"}")]
    [TestCase("{\"body\": \"\", \"bodyType\": \"html\"}")]
    [TestCase("{\"body\": \"Hallo, können wir morgen telefonieren? Gruß\", \"subject\": null, \"language\": null}")]
    public async Task A_mail_without_notes_is_200_with_no_notes(string json)
    {
        var response = await Client.PostAsync("/api/mail/check", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(body["notes"], Is.Empty);
    }

    [TestCase("{}", "\"body\" is missing")]
    [TestCase("{\"text\": \"Teams: läuft\"}", "\"body\" is missing")]
    [TestCase("{\"body\": 42}", "\"body\" must be a string")]
    [TestCase("{\"body\": null}", "\"body\" must be a string")]
    [TestCase("{\"body\": \"x\", \"bodyType\": \"rtf\"}", "Unknown bodyType")]
    [TestCase("{\"body\": \"x\", \"bodyType\": 1}", "\"bodyType\" must be a string")]
    [TestCase("{\"body\": \"x\", \"subject\": []}", "\"subject\" must be a string")]
    [TestCase("{\"body\": \"x\", \"language\": \"fr\"}", "Unknown language")]
    [TestCase("{\"body\": \"\\ud800\"}", "invalid character")]
    [TestCase("[\"body\"]", "must be a JSON object")]
    [TestCase("{\"body\": \"x\"", "not valid JSON")]
    [TestCase("", "not valid JSON")]
    public async Task Bad_requests_get_problem_details_that_say_what_to_fix(string json, string title)
    {
        var response = await Client.PostAsync("/api/mail/check", new StringContent(json, Encoding.UTF8, "application/json"));
        await CheckEndpointTests.AssertProblem(response, HttpStatusCode.BadRequest, title);
    }

    [Test]
    public async Task A_body_over_100_000_characters_is_refused_naming_the_limit_and_one_of_exactly_that_is_read()
    {
        var over = await Client.PostAsJsonAsync("/api/mail/check", new { body = new string('a', 100_001) });
        var at = await Client.PostAsJsonAsync("/api/mail/check", new { body = "Hallo " + new string('a', 100_000 - 6) });
        await CheckEndpointTests.AssertProblem(over, HttpStatusCode.BadRequest, "100,000");
        Assert.That(at.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Too_deep_html_and_too_many_notes_are_clear_400s()
    {
        var deep = await Client.PostAsJsonAsync("/api/mail/check", new { body = string.Concat(Enumerable.Repeat("<div>", 5_000)), bodyType = "html" });
        var many = await Client.PostAsJsonAsync("/api/mail/check", new { body = string.Concat(Enumerable.Repeat("Teams: blockiert\n", 1_001)) });
        await CheckEndpointTests.AssertProblem(deep, HttpStatusCode.BadRequest, "500 deep");
        await CheckEndpointTests.AssertProblem(many, HttpStatusCode.BadRequest, "more than 1,000 notes");
    }

    [Test]
    public async Task A_labelled_note_longer_than_a_note_may_be_is_refused_naming_the_limit()
    {
        var response = await Client.PostAsJsonAsync("/api/mail/check", new { body = "Hallo,\nTeams: " + string.Concat(Enumerable.Repeat("Kunde ist blockiert. ", 500)) });
        await CheckEndpointTests.AssertProblem(response, HttpStatusCode.BadRequest, "10,000");
    }

    [Test]
    public async Task The_wrong_content_type_is_415()
    {
        var response = await Client.PostAsync("/api/mail/check", new StringContent("{\"body\": \"x\"}", Encoding.UTF8, "text/plain"));
        await CheckEndpointTests.AssertProblem(response, HttpStatusCode.UnsupportedMediaType, "Content-Type: application/json");
    }

    [Test]
    public async Task The_openapi_document_describes_the_mail_endpoint()
    {
        var document = JObject.Parse(await Client.GetStringAsync("/openapi/v1.json"));
        var post = document["paths"]!["/api/mail/check"]?["post"];
        Assert.That(post, Is.Not.Null);
        var schemas = document["components"]?["schemas"]?.ToString() ?? string.Empty;
        Assert.That(post!.ToString() + schemas, Does.Contain("MailRequestSchema").And.Contain("bodyType").And.Contain("workloadSource"));
    }

    private async Task<JObject> CheckMail(object request)
    {
        var response = await Client.PostAsJsonAsync("/api/mail/check", request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }
}

/// <summary>The mail endpoint is an API like the others: signed in outside Development, and its log holds no mail.</summary>
public class MailEndpointSignInTests
{
    [Test]
    public async Task Without_a_token_it_is_401_and_with_one_it_answers()
    {
        using var tokens = new TestTokens();
        using var host = ServiceHost.SignedIn(tokens);
        using var anonymous = host.ClientWithToken(null);
        using var signedIn = host.ClientWithToken(tokens.Create());
        using var refused = await anonymous.PostAsJsonAsync("/api/mail/check", new { body = "Teams: läuft." });
        using var answered = await signedIn.PostAsJsonAsync("/api/mail/check", new { body = "Teams: läuft." });
        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task The_log_holds_no_word_of_the_mail()
    {
        const string marker = "Quokkaproxy";
        using var tokens = new TestTokens();
        using var host = ServiceHost.SignedIn(tokens);
        using var client = host.ClientWithToken(tokens.Create());
        using var text = await client.PostAsJsonAsync("/api/mail/check", new { body = $"Hallo,\nTeams: Kunde ist wegen {marker} blockiert.\nGruß", subject = $"Status {marker}" });
        using var html = await client.PostAsJsonAsync("/api/mail/check", new { body = $"<p>Intune: {marker} blockiert</p>", bodyType = "html" });
        using var bad = await client.PostAsJsonAsync("/api/mail/check", new { body = marker + new string('x', 100_001) });
        var log = host.Logs.All;
        Assert.Multiple(() =>
        {
            Assert.That(text.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(log, Does.Contain("Checked a mail"));
            Assert.That(log, Does.Contain("Refused a check"));
            Assert.That(log, Does.Not.Contain("quokka").IgnoreCase);
            Assert.That(log, Does.Not.Contain("Teams").And.Not.Contain("Intune"), "not even the workloads the mail names");
        });
    }
}
