using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NoteAddin.Service.Hosting;
using NoteAddin.Tests.Hosting;

namespace NoteAddin.Tests.OnSend;

/// <summary>
/// The on-send CORS policy as classic Outlook's JavaScript-only runtime meets it: a preflight, then the POST, from the
/// script's origin. POST /api/mail/check is not in this branch, so a stand-in is mapped the way MailApi will be
/// (sign-in required, RequireOnSendCors), behind the service's own extension methods in Program.cs's order.
/// </summary>
[TestFixture]
public sealed class OnSendCorsTests
{
    private const string BaseUrl = "https://notes.contoso.com";

    private static async Task<WebApplication> StartAsync(string? baseUrl, IPAddress caller)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration[AddinAddress.Key] = baseUrl ?? "";
        Assert.That(builder.AddNoteAddinAuth() && builder.AddOnSendCheck(), Is.True);

        var app = builder.Build();
        app.Use((context, next) =>
        {
            context.Connection.RemoteIpAddress = caller; // Development lets loopback in, refuses anyone else with 401
            return next(context);
        });
        app.UseOnSendCors();
        app.UseNoteAddinAuth();
        app.MapPost("/api/mail/check", () => Results.Ok(new { notes = Array.Empty<object>() })).RequireAuthorization(AuthServices.ApiUserPolicy).RequireOnSendCors();
        app.MapPost("/api/notes/check", () => Results.Ok()).RequireAuthorization(AuthServices.ApiUserPolicy);
        await app.StartAsync();
        return app;
    }

    private static HttpRequestMessage Preflight(string path, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    [TestCase(BaseUrl)]
    [TestCase(BaseUrl + "/")]
    public async Task A_preflight_from_the_scripts_origin_is_answered_before_sign_in(string origin)
    {
        await using var app = await StartAsync(BaseUrl, IPAddress.Parse("203.0.113.10"));
        using var response = await app.GetTestClient().SendAsync(Preflight("/api/mail/check", origin));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo(origin), "the origin as the runtime sent it");
            Assert.That(Header(response, "Access-Control-Allow-Methods"), Is.EqualTo("POST"));
            Assert.That(Header(response, "Access-Control-Allow-Headers")!.ToLowerInvariant().Split(','), Is.EquivalentTo(new[] { "content-type", "authorization" }));
            Assert.That(Header(response, "Access-Control-Allow-Credentials"), Is.Null, "the token travels in Authorization, not in cookies");
        });
    }

    [TestCase("https://evil.example")]
    [TestCase("https://notes.contoso.com.evil.example")]
    [TestCase("http://notes.contoso.com")]
    [TestCase("null")]
    public async Task Any_other_origin_gets_no_cors_headers(string origin)
    {
        await using var app = await StartAsync(BaseUrl, IPAddress.Loopback);
        using var response = await app.GetTestClient().SendAsync(Preflight("/api/mail/check", origin));

        Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.Null);
    }

    [Test]
    public async Task The_post_carries_the_header_so_the_script_can_read_the_answer_even_a_401()
    {
        await using var loopback = await StartAsync(BaseUrl, IPAddress.Loopback);
        await using var remote = await StartAsync(BaseUrl, IPAddress.Parse("203.0.113.10"));

        foreach (var (app, status) in new[] { (loopback, HttpStatusCode.OK), (remote, HttpStatusCode.Unauthorized) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/mail/check") { Content = new StringContent("{\"body\":\"\"}", System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Add("Origin", BaseUrl);
            using var response = await app.GetTestClient().SendAsync(request);

            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo(BaseUrl));
        }
    }

    [Test]
    public async Task Endpoints_without_the_policy_and_a_service_without_a_base_url_get_none()
    {
        await using var configured = await StartAsync(BaseUrl, IPAddress.Loopback);
        await using var unconfigured = await StartAsync(null, IPAddress.Loopback);

        using var other = await configured.GetTestClient().SendAsync(Preflight("/api/notes/check", BaseUrl));
        using var noBase = await unconfigured.GetTestClient().SendAsync(Preflight("/api/mail/check", BaseUrl));

        Assert.That(Header(other, "Access-Control-Allow-Origin"), Is.Null);
        Assert.That(Header(noBase, "Access-Control-Allow-Origin"), Is.Null);
    }

    [Test]
    public async Task The_real_service_answers_no_cross_origin_call_outside_the_on_send_endpoint()
    {
        using var host = ServiceHost.Development();
        using var client = host.CreateClient();

        foreach (var path in new[] { "/api/notes/check", "/api/notes/check-batch", "/api/templates" })
        {
            using var response = await client.SendAsync(Preflight(path, "https://localhost:3000"));
            Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.Null, path);
        }
    }
}
