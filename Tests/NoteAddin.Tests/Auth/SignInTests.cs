using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NoteAddin.Service.Hosting;
using NoteAddin.Tests.Hosting;

namespace NoteAddin.Tests.Auth;

/// <summary>Production sign-in: tokens signed here, validated by Microsoft.Identity.Web against a static configuration.</summary>
public sealed class SignInTests
{
    private TestTokens _tokens = null!;
    private ServiceHost _host = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _tokens = new TestTokens();
        _host = ServiceHost.SignedIn(_tokens);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _host.Dispose();
        _tokens.Dispose();
    }

    [Test]
    public async Task A_valid_token_with_the_scope_is_let_in()
    {
        using var client = _host.ClientWithToken(_tokens.Create());
        using var rules = await client.GetAsync("/api/rules");
        using var check = await client.PostAsJsonAsync("/api/notes/check", new { text = "Customer is blocked by the proxy." });

        Assert.Multiple(() =>
        {
            Assert.That(rules.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(check.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task A_scope_among_others_counts()
    {
        using var client = _host.ClientWithToken(_tokens.Create(scope: "openid access_as_user profile"));
        using var response = await client.GetAsync("/api/templates");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static IEnumerable<TestCaseData> BadTokens()
    {
        yield return new TestCaseData("missing").SetName("No token: 401");
        yield return new TestCaseData("expired").SetName("Expired token: 401");
        yield return new TestCaseData("audience").SetName("Token for another API (wrong audience): 401");
        yield return new TestCaseData("issuer").SetName("Token from another tenant (wrong issuer): 401");
        yield return new TestCaseData("forged").SetName("Forged signature: 401");
        yield return new TestCaseData("unsigned").SetName("Unsigned token (alg none): 401");
        yield return new TestCaseData("noscope").SetName("Token without any scope claim: 401 (Identity.Web IDW10201)");
        yield return new TestCaseData("garbage").SetName("Garbage instead of a token: 401");
    }

    [TestCaseSource(nameof(BadTokens))]
    public async Task A_bad_token_gets_401_problem_details(string kind)
    {
        var token = kind switch
        {
            "missing" => null,
            "expired" => _tokens.Create(expires: DateTime.UtcNow.AddHours(-1)),
            "audience" => _tokens.Create(audience: "api://00000000-0000-0000-0000-0000000000ee"),
            "issuer" => _tokens.Create(issuer: "https://login.microsoftonline.com/00000000-0000-0000-0000-0000000000ff/v2.0"),
            "forged" => _tokens.Create(forged: true),
            "unsigned" => Unsigned(_tokens.Create()),
            "noscope" => _tokens.Create(scope: null),
            "garbage" => "not-a-jwt",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        foreach (var (method, path) in new[] { ("GET", "/api/rules"), ("POST", "/api/notes/check"), ("GET", "/api/contact-attempts?email=it%40contoso.com") })
        {
            using var client = _host.ClientWithToken(token);
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method == "POST")
            {
                request.Content = JsonContent.Create(new { text = "Customer is blocked." });
            }

            using var response = await client.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"{method} {path}");
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.That(problem.GetProperty("title").GetString(), Does.Contain("access token"));
        }
    }

    // A scope that merely contains ours, or ours glued to another, is another scope.
    [TestCase("Mail.Read User.Read")]
    [TestCase("access_as_user_admin")]
    [TestCase("User.Readaccess_as_user Mail.Read")]
    public async Task A_token_with_another_scope_gets_403_problem_details(string scopes)
    {
        using var client = _host.ClientWithToken(_tokens.Create(scope: scopes));
        using var response = await client.GetAsync("/api/rules");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("title").GetString(), Does.Contain("access_as_user"));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain($"api://{TestTokens.ClientId}/access_as_user"));
        });
    }

    [Test]
    public async Task Config_and_health_need_no_token()
    {
        using var client = _host.ClientWithToken(null);
        using var config = await client.GetAsync("/api/config");
        using var health = await client.GetAsync("/health");
        Assert.Multiple(() =>
        {
            Assert.That(config.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public void Every_api_route_but_config_requires_the_api_user_policy()
    {
        var endpoints = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.OrdinalIgnoreCase) == true)
            .ToArray();
        Assert.That(endpoints, Has.Length.GreaterThanOrEqualTo(5));

        foreach (var endpoint in endpoints)
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToArray();
            if (endpoint.RoutePattern.RawText == "/api/config")
            {
                Assert.That(endpoint.Metadata.GetMetadata<IAllowAnonymous>(), Is.Not.Null);
                continue;
            }

            Assert.That(policies, Does.Contain(AuthServices.ApiUserPolicy), endpoint.RoutePattern.RawText);
        }
    }

    /// <summary>The header and payload of a real token with "alg": "none" and no signature.</summary>
    private static string Unsigned(string token)
    {
        var parts = token.Split('.');
        var header = Convert.ToBase64String("{\"alg\":\"none\",\"typ\":\"JWT\"}"u8.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $"{header}.{parts[1]}.";
    }
}
