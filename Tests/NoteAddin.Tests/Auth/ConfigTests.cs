using System.Net.Http.Json;
using System.Text.Json;
using NoteAddin.Tests.Hosting;

namespace NoteAddin.Tests.Auth;

/// <summary>GET /api/config in Production: what the pane needs to sign in with nested app authentication.</summary>
public sealed class ConfigTests
{
    [Test]
    public async Task Config_names_the_client_authority_and_scope()
    {
        using var tokens = new TestTokens();
        using var host = ServiceHost.SignedIn(tokens);
        using var client = host.ClientWithToken(null);
        var config = await client.GetFromJsonAsync<JsonElement>("/api/config");
        var auth = config.GetProperty("auth");

        Assert.Multiple(() =>
        {
            Assert.That(auth.GetProperty("clientId").GetString(), Is.EqualTo(TestTokens.ClientId));
            Assert.That(auth.GetProperty("authority").GetString(), Is.EqualTo($"https://login.microsoftonline.com/{TestTokens.TenantId}"));
            Assert.That(auth.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { $"api://{TestTokens.ClientId}/access_as_user" }));
            Assert.That(config.GetProperty("graph").GetBoolean(), Is.False, "no client credential, so no on-behalf-of call");
        });
    }

    [Test]
    public async Task Graph_is_offered_with_a_client_credential_and_a_custom_App_ID_URI_is_used()
    {
        using var tokens = new TestTokens();
        using var host = ServiceHost.SignedIn(tokens, new Dictionary<string, string?>
        {
            ["AzureAd:ClientSecret"] = "test-only-not-a-secret",
            ["AzureAd:Audience"] = $"api://noteaddin.example/{TestTokens.ClientId}",
        });
        using var client = host.ClientWithToken(null);
        var config = await client.GetFromJsonAsync<JsonElement>("/api/config");

        Assert.Multiple(() =>
        {
            Assert.That(config.GetProperty("graph").GetBoolean(), Is.True);
            Assert.That(config.GetProperty("auth").GetProperty("scopes")[0].GetString(), Is.EqualTo($"api://noteaddin.example/{TestTokens.ClientId}/access_as_user"));
        });
    }

    [Test]
    public async Task Graph_can_be_switched_off()
    {
        using var tokens = new TestTokens();
        using var host = ServiceHost.SignedIn(tokens, new Dictionary<string, string?>
        {
            ["AzureAd:ClientSecret"] = "test-only-not-a-secret",
            ["Graph:Enabled"] = "false",
        });
        using var client = host.ClientWithToken(tokens.Create());
        var config = await client.GetFromJsonAsync<JsonElement>("/api/config");
        using var attempts = await client.GetAsync("/api/contact-attempts?email=it%40contoso.com");

        Assert.Multiple(() =>
        {
            Assert.That(config.GetProperty("graph").GetBoolean(), Is.False);
            Assert.That((int)attempts.StatusCode, Is.EqualTo(503));
        });
    }
}
