using System.Net;
using System.Net.Http.Json;
using System.Text;
using Newtonsoft.Json.Linq;

namespace NoteAddin.Tests.Api;

/// <summary>POST /api/notes/check-batch: many notes, their ids, and notes copied across workloads of one tenant.</summary>
public class BatchEndpointTests : DevelopmentApiTest
{
    [Test]
    public async Task Copied_notes_across_workloads_of_one_tenant_are_found_but_not_for_an_unreachable_customer()
    {
        const string copied = "Customer is blocked because the proxy strips all cloud traffic.";
        const string unreachable = "Customer does not respond to 3 contact attempts. Managed account.";
        var response = await Client.PostAsJsonAsync("/api/notes/check-batch", new
        {
            notes = new[]
            {
                new { id = "1", text = copied, workload = "Exchange Online", tenant = "contoso" },
                new { id = "2", text = copied, workload = "Teams", tenant = "contoso" },
                new { id = "3", text = copied, workload = "Teams", tenant = "fabrikam" },
                new { id = "4", text = unreachable, workload = "Exchange Online", tenant = "contoso" },
                new { id = "5", text = unreachable, workload = "Teams", tenant = "contoso" },
            },
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        var results = (JArray)body["results"]!;
        var cross = (JArray)body["crossFindings"]!;
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => (string?)r["id"]), Is.EqualTo(new[] { "1", "2", "3", "4", "5" }));
            Assert.That(results[0]["status"]!.ToString(), Is.EqualTo("Blocked"));
            Assert.That(cross, Has.Count.EqualTo(1));
            Assert.That(cross[0]["ruleId"]!.ToString(), Is.EqualTo("copy-paste-across-workloads"));
            Assert.That(cross[0]["ids"]!.Select(i => (string?)i), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(results[0]["findings"]!.Select(f => (string?)f["ruleId"]), Does.Contain("copy-paste-across-workloads"));
            Assert.That(results[2]["findings"]!.Select(f => (string?)f["ruleId"]), Does.Not.Contain("copy-paste-across-workloads"));
            Assert.That(results[3]["findings"]!.Select(f => (string?)f["ruleId"]), Does.Not.Contain("copy-paste-across-workloads"));
        });
    }

    [Test]
    public async Task A_thousand_notes_are_accepted_and_one_more_is_refused()
    {
        var thousand = Enumerable.Range(0, 1000).Select(i => new { id = i.ToString(), text = "Kunde nutzt Slack." }).ToArray();
        var ok = await Client.PostAsJsonAsync("/api/notes/check-batch", new { notes = thousand });
        Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((JArray)JObject.Parse(await ok.Content.ReadAsStringAsync())["results"]!, Has.Count.EqualTo(1000));

        var tooMany = await Client.PostAsJsonAsync("/api/notes/check-batch", new { notes = thousand.Append(new { id = "x", text = "" }).ToArray() });
        await CheckEndpointTests.AssertProblem(tooMany, HttpStatusCode.BadRequest, "at most 1,000");
    }

    [Test]
    public async Task Copy_keys_are_the_batch_s_own_key_for_each_text()
    {
        string[] texts = ["Kunde ist blockiert, weil die Übernahme läuft.", "  KUNDE ist   blockiert, weil die Uebernahme läuft", "Kunde ist blockiert, weil die Übernahme lief."];
        var response = await Client.PostAsJsonAsync("/api/notes/copy-keys", new { texts });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var keys = ((JArray)JObject.Parse(await response.Content.ReadAsStringAsync())["keys"]!).Select(k => (string)k!).ToArray();

        Assert.That(keys, Is.EqualTo(texts.Select(Checking.CopyPasteKey.TextOf)));
        Assert.That(keys[1], Is.EqualTo(keys[0]), "case, spacing, umlaut spelling and the final full stop do not count");
        Assert.That(keys[2], Is.Not.EqualTo(keys[0]));

        var tooMany = await Client.PostAsJsonAsync("/api/notes/copy-keys", new { texts = Enumerable.Repeat("x", 1001).ToArray() });
        await CheckEndpointTests.AssertProblem(tooMany, HttpStatusCode.BadRequest, "at most 1,000");
        var notText = await Client.PostAsync("/api/notes/copy-keys", new StringContent("{\"texts\": [\"a\", 5]}", Encoding.UTF8, "application/json"));
        await CheckEndpointTests.AssertProblem(notText, HttpStatusCode.BadRequest, "\"texts[1]\" must be a string");
    }

    [TestCase("{}", "{\"notes\": [ … ]}")]
    [TestCase("{\"notes\": {}}", "{\"notes\": [ … ]}")]
    [TestCase("{\"notes\": [{\"id\": \"a\"}]}", "\"notes[0].text\" is missing")]
    [TestCase("{\"notes\": [{\"text\": \"ok\"}, {\"text\": 5}]}", "\"notes[1].text\" must be a string")]
    [TestCase("{\"notes\": [{\"text\": \"ok\", \"id\": true}]}", "\"notes[0].id\" must be a string")]
    [TestCase("{\"notes\": [{\"text\": \"ok\", \"tenant\": 1}]}", "\"notes[0].tenant\" must be a string")]
    [TestCase("{\"notes\": [\"ok\"]}", "\"notes[0]\" must be an object")]
    public async Task Bad_batches_name_the_note_and_field_to_fix(string json, string title)
    {
        var response = await Client.PostAsync("/api/notes/check-batch", new StringContent(json, Encoding.UTF8, "application/json"));
        await CheckEndpointTests.AssertProblem(response, HttpStatusCode.BadRequest, title);
    }
}
