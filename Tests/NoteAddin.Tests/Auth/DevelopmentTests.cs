using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NoteAddin.Tests.Hosting;

namespace NoteAddin.Tests.Auth;

/// <summary>The README's run command: sign-in off, anonymous calls from loopback only, a loud warning, no rate limit.</summary>
public sealed class DevelopmentTests
{
    [Test]
    public async Task Loopback_calls_need_no_token_and_the_start_up_warns()
    {
        using var host = ServiceHost.Development(IPAddress.IPv6Loopback);
        using var client = host.CreateClient();
        using var rules = await client.GetAsync("/api/rules");
        using var check = await client.PostAsJsonAsync("/api/notes/check", new { text = "Kunde ist blockiert." });

        Assert.Multiple(() =>
        {
            Assert.That(rules.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(check.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(host.Logs.Lines.Any(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("SIGN-IN IS OFF", StringComparison.Ordinal)));
        });
    }

    [TestCase("192.0.2.44")]
    [TestCase("10.1.2.3")]
    [TestCase("::ffff:192.0.2.44")]
    [TestCase(null)]
    public async Task Calls_from_elsewhere_get_401_problem_details(string? address)
    {
        using var host = address is null ? ServiceHost.DevelopmentWithoutRemoteAddress() : ServiceHost.Development(IPAddress.Parse(address));
        using var client = host.CreateClient();

        foreach (var path in new[] { "/api/rules", "/api/templates", "/api/contact-attempts?email=it%40contoso.com" })
        {
            using var response = await client.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), path);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.That(problem.GetProperty("title").GetString(), Does.Contain("only calls from this machine"));
        }

        using var post = await client.PostAsJsonAsync("/api/notes/check", new { text = "Customer is blocked." });
        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Config_says_sign_in_is_off_and_graph_unavailable()
    {
        using var host = ServiceHost.Development(IPAddress.Parse("192.0.2.44"));
        using var client = host.CreateClient();
        var config = await client.GetFromJsonAsync<JsonElement>("/api/config");

        Assert.Multiple(() =>
        {
            Assert.That(config.GetProperty("auth").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(config.GetProperty("graph").GetBoolean(), Is.False);
            Assert.That(config.GetProperty("version").GetString(), Is.Not.Empty);
        });
    }

    [Test]
    public async Task Contact_history_answers_503_saying_why()
    {
        using var host = ServiceHost.Development();
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/api/contact-attempts?email=it%40contoso.com");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(problem.GetProperty("title").GetString(), Does.Contain("not available"));
        });
    }

    [Test]
    public async Task There_is_no_rate_limit_so_local_load_tests_measure_the_engine()
    {
        using var host = ServiceHost.Development();
        using var client = host.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 300; i++)
        {
            using var response = await client.GetAsync("/api/rules?language=de");
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
    }
}
