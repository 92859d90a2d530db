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

    [Test]
    public async Task Config_serves_the_limits_the_score_bands_and_the_recorded_status_labels_from_their_one_definition()
    {
        using var host = ServiceHost.Development();
        using var client = host.CreateClient();
        var config = await client.GetFromJsonAsync<JsonElement>("/api/config");
        var limits = config.GetProperty("limits");
        var bands = config.GetProperty("scoreBands");
        var labels = config.GetProperty("recordedStatuses").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());

        Assert.Multiple(() =>
        {
            Assert.That(limits.GetProperty("noteCharacters").GetInt32(), Is.EqualTo(10_000));
            Assert.That(limits.GetProperty("portalField").GetInt32(), Is.EqualTo(Checking.Rules.OverFieldLimitRule.FieldLimit));
            Assert.That(limits.GetProperty("batchNotes").GetInt32(), Is.EqualTo(1_000));
            Assert.That(limits.GetProperty("mailCharacters").GetInt32(), Is.EqualTo(100_000));
            Assert.That(bands.GetProperty("good").GetInt32(), Is.EqualTo(Checking.Grader.GoodFrom));
            Assert.That(bands.GetProperty("incomplete").GetInt32(), Is.EqualTo(Checking.Grader.IncompleteFrom));
            // Keys are a label's letters a-z in lower case; the page looks a recorded value up the same way.
            Assert.That(labels["statusunknown"], Is.EqualTo("Unknown"));
            Assert.That(labels["unbekannt"], Is.EqualTo("Unknown"));
            Assert.That(labels["blockiert"], Is.EqualTo("Blocked"));
            Assert.That(labels["inbearbeitung"], Is.EqualTo("InProgress"));
            Assert.That(labels["keineabsicht"], Is.EqualTo("NoIntent"));
            Assert.That(labels["nointent"], Is.EqualTo("NoIntent"));
            Assert.That(labels["duplicateinvalid"], Is.EqualTo("DuplicateInvalid"));
            Assert.That(labels["dupliziertungltig"], Is.EqualTo("DuplicateInvalid"), "Dupliziert/Ungültig as written");
            Assert.That(labels["dupliziertungueltig"], Is.EqualTo("DuplicateInvalid"), "spelt with ue");
            Assert.That(labels["dupliziertungultig"], Is.EqualTo("DuplicateInvalid"), "spelt without the dots");
            Assert.That(labels.Keys, Has.All.Matches<string>(k => k!.All(char.IsAsciiLetterLower)));
        });
    }
}
