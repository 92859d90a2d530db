using System.Net;
using System.Net.Http.Json;
using System.Text;
using Newtonsoft.Json.Linq;

namespace NoteAddin.Tests.Api;

/// <summary>POST /api/notes/check as API.md describes it, for good input and for everything a client can get wrong.</summary>
public class CheckEndpointTests : DevelopmentApiTest
{
    [Test]
    public async Task A_good_note_gets_every_field_of_the_contract()
    {
        var response = await Client.PostAsJsonAsync("/api/notes/check", new { text = "Kunde antwortet nicht auf 3 Kontaktversuche. Verwalteter Kunde." });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That((string?)body["language"], Is.EqualTo("de"));
            Assert.That((string?)body["status"], Is.EqualTo("Unknown"));
            Assert.That((string?)body["grade"], Is.EqualTo("Good"));
            Assert.That((int)body["score"]!, Is.InRange(70, 100));
            Assert.That((string?)body["reason"]!["l2"], Is.EqualTo("Customer Unresponsive"));
            Assert.That((double)body["reason"]!["confidence"]!, Is.InRange(0.0, 1.0));
            Assert.That((int)body["sentenceCount"]!, Is.EqualTo(2));
            Assert.That(body["findings"], Is.InstanceOf<JArray>());
            Assert.That(body.ContainsKey("suggestion"), Is.True);
        });
    }

    [Test]
    public async Task Findings_carry_utf16_spans_a_browser_can_mark()
    {
        // The emoji takes two UTF-16 units: the span of "currently" must count them as JavaScript does.
        const string text = "🚧 Customer is currently blocked because the proxy drops Teams media traffic.";
        var body = await Check(new { text, language = "en" });
        var finding = body["findings"]!.First(f => (string?)f["ruleId"] == "vague-time-word");
        var start = (int)finding["start"]!;
        var length = (int)finding["length"]!;
        Assert.That(text.Substring(start, length), Is.EqualTo("currently"));
        Assert.That((string?)finding["severity"], Is.EqualTo("Info"));
    }

    [Test]
    public async Task An_empty_note_is_a_valid_bad_note()
    {
        var body = await Check(new { text = "" });
        Assert.Multiple(() =>
        {
            Assert.That((string?)body["grade"], Is.EqualTo("Bad"));
            Assert.That((string?)body["status"], Is.EqualTo("Undetermined"));
            Assert.That(body["findings"]!.Select(f => (string?)f["ruleId"]), Does.Contain("empty-note"));
            Assert.That((int)body["score"]!, Is.LessThan(40));
        });
    }

    [Test]
    public async Task The_suggestion_fills_slots_from_the_draft_and_leaves_the_rest_visible()
    {
        var body = await Check(new { text = "Customer does not respond to contact attempts." });
        var suggestion = body["suggestion"]!;
        Assert.That((string?)suggestion["templateId"], Is.EqualTo("unknown.no-response"));
        Assert.That((string?)suggestion["text"], Does.Contain("[number]"));
        Assert.That(suggestion["slots"]!.Any(s => (bool)s["filled"]! == false), Is.True);
    }

    [TestCase("Customer does not respond to contact attempts.", "number")]
    [TestCase("Kunde reagiert nicht auf Kontaktversuche.", "Anzahl")]
    public async Task Each_slot_says_its_kind_whatever_the_pack_calls_it(string text, string name)
    {
        var body = await Check(new { text });
        var slots = body["suggestion"]!["slots"]!;

        Assert.That(slots.Select(s => (string?)s["kind"]), Has.All.Not.Null.And.All.Not.Empty);
        Assert.That(slots.Single(s => (string?)s["kind"] == "AttemptCount")["name"]!.ToString(), Is.EqualTo(name));
    }

    [Test]
    public async Task A_workload_the_note_does_not_fit_is_flagged()
    {
        var body = await Check(new { text = "Mailbox migration is running, 3 of 7 batches done.", workload = "Microsoft 365 Apps" });
        Assert.That(body["findings"]!.Select(f => (string?)f["ruleId"]), Does.Contain("workload-mismatch"));
    }

    [TestCase("{}", "\"text\" is missing")]
    [TestCase("{\"text\": 42}", "\"text\" must be a string")]
    [TestCase("{\"text\": null}", "\"text\" must be a string")]
    [TestCase("{\"text\": [\"a\"]}", "\"text\" must be a string")]
    [TestCase("[1, 2]", "must be a JSON object")]
    [TestCase("\"just text\"", "must be a JSON object")]
    [TestCase("{\"text\": \"ok\", \"language\": \"fr\"}", "Unknown language")]
    [TestCase("{\"text\": \"ok\", \"language\": 7}", "\"language\" must be a string")]
    [TestCase("{\"text\": \"ok\", \"workload\": {}}", "\"workload\" must be a string")]
    [TestCase("{\"text\": \"ok\"", "not valid JSON")]
    [TestCase("", "not valid JSON")]
    [TestCase("{\"text\": \"\\ud800\"}", "invalid character")]
    public async Task Bad_requests_get_problem_details_that_say_what_to_fix(string json, string title)
    {
        var response = await Client.PostAsync("/api/notes/check", new StringContent(json, Encoding.UTF8, "application/json"));
        await AssertProblem(response, HttpStatusCode.BadRequest, title);
    }

    [Test]
    public async Task A_note_over_ten_thousand_characters_is_refused_naming_the_limit()
    {
        var response = await Client.PostAsJsonAsync("/api/notes/check", new { text = new string('a', 10_001) });
        await AssertProblem(response, HttpStatusCode.BadRequest, "10,000");
    }

    [Test]
    public async Task A_note_of_exactly_ten_thousand_characters_is_checked()
    {
        var response = await Client.PostAsJsonAsync("/api/notes/check", new { text = string.Concat(Enumerable.Repeat("nicht ", 1666)) + "abcd" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("text/plain")]
    [TestCase("application/x-www-form-urlencoded")]
    public async Task The_wrong_content_type_is_415(string contentType)
    {
        var response = await Client.PostAsync("/api/notes/check", new StringContent("{\"text\": \"x\"}", Encoding.UTF8, contentType));
        await AssertProblem(response, HttpStatusCode.UnsupportedMediaType, "Content-Type: application/json");
    }

    [Test]
    public async Task Templates_list_all_13_in_each_language_and_filter()
    {
        var all = JArray.Parse(await Client.GetStringAsync("/api/templates"));
        var german = JArray.Parse(await Client.GetStringAsync("/api/templates?language=de"));
        var blocked = JArray.Parse(await Client.GetStringAsync("/api/templates?language=en&status=Blocked"));
        Assert.Multiple(() =>
        {
            Assert.That(all, Has.Count.EqualTo(26));
            Assert.That(german, Has.Count.EqualTo(13));
            Assert.That(german.All(t => (string?)t["language"] == "de"), Is.True);
            Assert.That(blocked, Has.Count.EqualTo(3));
            Assert.That(blocked[0]["slots"], Is.InstanceOf<JArray>());
        });
    }

    [TestCase("/api/templates?language=xx", "Unknown language")]
    [TestCase("/api/templates?status=Maybe", "Unknown status")]
    [TestCase("/api/rules?language=xx", "Unknown language")]
    public async Task Catalogue_filters_are_validated(string url, string title)
    {
        await AssertProblem(await Client.GetAsync(url), HttpStatusCode.BadRequest, title);
    }

    [Test]
    public async Task Rules_list_every_rule_with_its_texts()
    {
        var rules = JArray.Parse(await Client.GetStringAsync("/api/rules?language=de"));
        Assert.That(rules, Has.Count.EqualTo(20));
        var empty = rules.First(r => (string?)r["id"] == "empty-note");
        Assert.Multiple(() =>
        {
            Assert.That((string?)empty["severity"], Is.EqualTo("Error"));
            Assert.That((string?)empty["title"], Is.EqualTo("Leere Notiz"));
            Assert.That((string?)empty["explanation"], Is.Not.Empty);
        });
    }

    [Test]
    public async Task Health_is_healthy_when_the_packs_are_loaded()
    {
        var body = JObject.Parse(await Client.GetStringAsync("/health"));
        Assert.That((string?)body["status"], Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task The_openapi_document_describes_the_check_endpoint()
    {
        var document = JObject.Parse(await Client.GetStringAsync("/openapi/v1.json"));
        Assert.That(document["paths"]!["/api/notes/check"], Is.Not.Null);
        Assert.That(document["paths"]!["/api/notes/check-batch"], Is.Not.Null);
    }

    private async Task<JObject> Check(object request)
    {
        var response = await Client.PostAsJsonAsync("/api/notes/check", request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }

    internal static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string titleContains)
    {
        var content = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), content);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = JObject.Parse(content);
        Assert.That(((string?)problem["title"]) + " " + ((string?)problem["detail"]), Does.Contain(titleContains));
    }
}
