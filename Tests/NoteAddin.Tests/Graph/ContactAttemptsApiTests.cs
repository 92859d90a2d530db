using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NoteAddin.Service.Graph;
using NoteAddin.Tests.Hosting;

namespace NoteAddin.Tests.Graph;

/// <summary>GET /api/contact-attempts end to end: signed-in user, substitute token acquisition, real Graph client, canned Graph.</summary>
public sealed class ContactAttemptsApiTests
{
    private TestTokens _tokens = null!;
    private ServiceHost _host = null!;
    private Func<HttpRequestMessage, int, HttpResponseMessage> _answer = null!;
    private CannedGraph _graph = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _tokens = new TestTokens();
        _graph = new CannedGraph((request, count) => _answer(request, count));
        _host = ServiceHost.SignedIn(
            _tokens,
            new Dictionary<string, string?> { ["AzureAd:ClientSecret"] = "test-only-not-a-secret" },
            services =>
            {
                services.AddSingleton(CannedGraph.Tokens());
                services.AddSingleton(sp => GraphHttp.Create(sp.GetRequiredService<GraphSettings>(), TimeProvider.System, _graph));
            });
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _host.Dispose();
        _tokens.Dispose();
        _graph.Dispose();
    }

    [SetUp]
    public void Reset() => _answer = (request, _) => request.RequestUri!.AbsolutePath.EndsWith("/sentitems/messages", StringComparison.Ordinal)
        ? CannedGraph.Page("sentDateTime", ["2026-09-01T08:00:00Z", "2026-10-15T12:30:00Z"])
        : CannedGraph.Page("receivedDateTime", []);

    [Test]
    public async Task Answers_as_API_md_describes()
    {
        using var client = _host.ClientWithToken(_tokens.Create());
        using var response = await client.GetAsync("/api/contact-attempts?email=it%40contoso.com");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body.GetProperty("email").GetString(), Is.EqualTo("it@contoso.com"));
            Assert.That(body.GetProperty("days").GetInt32(), Is.EqualTo(90));
            Assert.That(body.GetProperty("sent").GetInt32(), Is.EqualTo(2));
            Assert.That(body.GetProperty("replies").GetInt32(), Is.EqualTo(0));
            Assert.That(body.GetProperty("firstSent").GetString(), Is.EqualTo("2026-09-01T08:00:00Z"));
            Assert.That(body.GetProperty("lastSent").GetString(), Is.EqualTo("2026-10-15T12:30:00Z"));
            Assert.That(body.GetProperty("complete").GetBoolean(), Is.True);
        });
    }

    [TestCase("")]
    [TestCase("email=")]
    [TestCase("email=not-an-address")]
    [TestCase("email=Jane%20Doe%20%3Cjane%40contoso.com%3E")]
    [TestCase("email=a%40contoso.com,b%40contoso.com")]
    [TestCase("email=a%40contoso.com&email=b%40contoso.com")]
    [TestCase("email=a%00b%40contoso.com")]
    [TestCase("email=%22quoted%22%40contoso.com")]
    [TestCase("email=%EF%BF%BD%40contoso.com")]
    [TestCase("email=it%40contoso.com&days=0")]
    [TestCase("email=it%40contoso.com&days=366")]
    [TestCase("email=it%40contoso.com&days=-1")]
    [TestCase("email=it%40contoso.com&days=1.5")]
    [TestCase("email=it%40contoso.com&days=ninety")]
    [TestCase("email=it%40contoso.com&days=99999999999999999999")]
    public async Task Bad_questions_get_400_problem_details_and_Graph_is_not_asked(string query)
    {
        var before = _graph.Requests.Count;
        using var client = _host.ClientWithToken(_tokens.Create());
        using var response = await client.GetAsync("/api/contact-attempts?" + query);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(_graph.Requests, Has.Count.EqualTo(before));
        });
    }

    [Test]
    public async Task A_very_long_address_is_refused()
    {
        using var client = _host.ClientWithToken(_tokens.Create());
        using var response = await client.GetAsync($"/api/contact-attempts?email={new string('a', 250)}%40contoso.com");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Days_is_used_for_the_window()
    {
        using var client = _host.ClientWithToken(_tokens.Create());
        using var response = await client.GetAsync("/api/contact-attempts?email=it%40contoso.com&days=365");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var filter = _graph.Requests.Last(r => r.Url.AbsolutePath.EndsWith("/sentitems/messages", StringComparison.Ordinal)).Query("$filter")!;
        var since = DateTimeOffset.Parse(filter["sentDateTime ge ".Length..filter.IndexOf(" and", StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);

        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("days").GetInt32(), Is.EqualTo(365));
            Assert.That(since, Is.EqualTo(DateTimeOffset.UtcNow.AddDays(-365)).Within(TimeSpan.FromMinutes(5)));
        });
    }

    [Test]
    public async Task Graph_throttling_becomes_503_with_Retry_After()
    {
        _answer = (_, _) => CannedGraph.Error(HttpStatusCode.TooManyRequests, "ApplicationThrottled", retryAfterSeconds: 42);
        using var client = _host.ClientWithToken(_tokens.Create());
        using var response = await client.GetAsync("/api/contact-attempts?email=it%40contoso.com");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(42)));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }

    [Test]
    public async Task Graph_access_denied_becomes_403_problem_details()
    {
        _answer = (_, _) => CannedGraph.Error(HttpStatusCode.Forbidden, "ErrorAccessDenied");
        using var client = _host.ClientWithToken(_tokens.Create());
        using var response = await client.GetAsync("/api/contact-attempts?email=it%40contoso.com");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(problem.GetProperty("title").GetString(), Does.Contain("denied access to your mailbox"));
        });
    }

    [Test]
    public async Task Graph_down_is_502_not_500()
    {
        _answer = (_, _) => throw new HttpRequestException("canned network failure");
        using var client = _host.ClientWithToken(_tokens.Create());
        using var response = await client.GetAsync("/api/contact-attempts?email=it%40contoso.com");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
    }
}
