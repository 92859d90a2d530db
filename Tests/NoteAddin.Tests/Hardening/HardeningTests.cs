using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NoteAddin.Service.Graph;
using NoteAddin.Service.Hosting;
using NoteAddin.Tests.Graph;
using NoteAddin.Tests.Hosting;

namespace NoteAddin.Tests.Hardening;

/// <summary>Rate limit per user, HSTS, no CORS, body limits, and what the log must never hold.</summary>
public sealed class HardeningTests
{
    [Test]
    public async Task Each_user_has_a_rate_limit_answered_with_429_Retry_After_and_problem_details()
    {
        using var tokens = new TestTokens();
        using var host = ServiceHost.SignedIn(tokens, new Dictionary<string, string?> { ["RateLimiting:PermitLimit"] = "3", ["RateLimiting:WindowSeconds"] = "60" });
        using var alice = host.ClientWithToken(tokens.Create(oid: "00000000-0000-0000-0000-00000000a11c"));
        using var bob = host.ClientWithToken(tokens.Create(oid: "00000000-0000-0000-0000-000000000b0b"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await alice.PostAsJsonAsync("/api/notes/check", new { text = "Customer is blocked by the proxy." });
            statuses.Add(ok.StatusCode);
        }

        using var limited = await alice.GetAsync("/api/rules");
        using var other = await bob.GetAsync("/api/rules");
        var problem = await limited.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(limited.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(limited.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("title").GetString(), Does.StartWith("Too many requests"));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK), "another user is not limited by the first");
        });
    }

    [Test]
    public async Task Production_sends_HSTS_over_https_and_Development_does_not()
    {
        using var tokens = new TestTokens();
        using var production = ServiceHost.SignedIn(tokens);
        using var development = ServiceHost.Development();
        using var productionClient = production.ClientWithToken(null, "https://noteaddin.example");
        using var developmentClient = development.ClientWithToken(null, "https://noteaddin.example");

        using var secured = await productionClient.GetAsync("/api/config");
        using var local = await developmentClient.GetAsync("/api/config");

        Assert.Multiple(() =>
        {
            Assert.That(secured.Headers.TryGetValues("Strict-Transport-Security", out var hsts), Is.True);
            Assert.That(hsts, Has.Some.Contains("max-age=31536000"));
            Assert.That(local.Headers.Contains("Strict-Transport-Security"), Is.False);
        });
    }

    [Test]
    public async Task A_foreign_origin_gets_no_CORS_headers()
    {
        using var tokens = new TestTokens();
        using var host = ServiceHost.SignedIn(tokens);
        using var client = host.ClientWithToken(tokens.Create());

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/notes/check");
        preflight.Headers.Add("Origin", "https://attacker.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        using var preflightResponse = await client.SendAsync(preflight);

        using var simple = new HttpRequestMessage(HttpMethod.Get, "/api/config");
        simple.Headers.Add("Origin", "https://attacker.example");
        using var simpleResponse = await client.SendAsync(simple);

        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/notes/check") { Content = JsonContent.Create(new { text = "Customer is blocked." }) };
        post.Headers.Add("Origin", "https://attacker.example");
        using var postResponse = await client.SendAsync(post);

        foreach (var response in new[] { preflightResponse, simpleResponse, postResponse })
        {
            Assert.That(response.Headers.Select(h => h.Key), Has.None.StartsWith("Access-Control-"), response.RequestMessage?.Method.ToString());
        }
    }

    [Test]
    public void Kestrel_refuses_bodies_over_1_MB_unless_the_endpoint_allows_more()
    {
        using var host = ServiceHost.Development();
        var kestrel = host.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;
        Assert.That(kestrel.Limits.MaxRequestBodySize, Is.EqualTo(NoteAddin.Service.Hosting.Hardening.DefaultMaxRequestBodyBytes));
    }

    [Test]
    public async Task Over_a_real_socket_the_batch_endpoint_still_takes_more_than_the_global_limit_and_check_takes_less()
    {
        using var host = ServiceHost.Development();
        host.UseKestrel(0);
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        // 2 MB of JSON whitespace around one note: over the global 1 MB, under /check-batch's own limit.
        var big = "{\"notes\":[{\"id\":\"1\",\"text\":\"Customer is blocked by the proxy.\"}]" + new string(' ', 2 * 1024 * 1024) + "}";
        using var batch = await client.PostAsync("/api/notes/check-batch", new StringContent(big, Encoding.UTF8, "application/json"));

        var tooBig = "{\"text\":\"Customer is blocked.\"" + new string(' ', 200 * 1024) + "}";
        using var check = await client.PostAsync("/api/notes/check", new StringContent(tooBig, Encoding.UTF8, "application/json"));

        Assert.Multiple(() =>
        {
            Assert.That(batch.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(check.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(check.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }

    [Test]
    public async Task The_log_holds_no_note_text_mail_address_or_token()
    {
        const string noteMarker = "Quokkafirewall";
        const string address = "jane.quokka@contoso.com";
        using var tokens = new TestTokens();
        using var graph = new CannedGraph((request, _) => request.RequestUri!.AbsolutePath.EndsWith("/sentitems/messages", StringComparison.Ordinal)
            ? CannedGraph.Page("sentDateTime", ["2026-10-01T00:00:00Z"])
            : CannedGraph.Error(HttpStatusCode.Forbidden, "ErrorAccessDenied"));
        using var host = ServiceHost.SignedIn(
            tokens,
            new Dictionary<string, string?> { ["AzureAd:ClientSecret"] = "test-only-not-a-secret" },
            services =>
            {
                services.AddSingleton(CannedGraph.Tokens("graph-token-QuokkaSecret"));
                services.AddSingleton(sp => GraphHttp.Create(sp.GetRequiredService<GraphSettings>(), TimeProvider.System, graph));
            });
        var token = tokens.Create();
        using var client = host.ClientWithToken(token);

        using var check = await client.PostAsJsonAsync("/api/notes/check", new { text = $"Kunde ist wegen {noteMarker} blockiert, Kontakt {address}." });
        using var batch = await client.PostAsJsonAsync("/api/notes/check-batch", new { notes = new[] { new { id = "n1", text = $"Customer blocked by {noteMarker}.", tenant = address } } });
        using var bad = await client.PostAsJsonAsync("/api/notes/check", new { text = noteMarker + new string('x', 10_001) });
        using var attempts = await client.GetAsync($"/api/contact-attempts?email={Uri.EscapeDataString(address)}");
        using var forged = host.ClientWithToken(tokens.Create(forged: true));
        using var refused = await forged.GetAsync($"/api/contact-attempts?email={Uri.EscapeDataString(address)}");

        var log = host.Logs.All;
        Assert.Multiple(() =>
        {
            Assert.That(check.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(attempts.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "Graph's canned 403 went through the error path too");
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(log, Does.Contain("Checked a note"), "the per-check line is there");
            Assert.That(log, Does.Contain("Checked 1 notes"));
            Assert.That(log, Does.Not.Contain(noteMarker).IgnoreCase);
            Assert.That(log, Does.Not.Contain("quokka").IgnoreCase);
            Assert.That(log, Does.Not.Contain("contoso").IgnoreCase);
            Assert.That(log, Does.Not.Contain(token[^20..]));
            Assert.That(log, Does.Not.Contain("QuokkaSecret"));
        });
    }
}
