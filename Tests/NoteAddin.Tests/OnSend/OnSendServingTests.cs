using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using NoteAddin.Manifest;
using NoteAddin.Service.Hosting;
using NoteAddin.Tests.Hosting;
using NoteAddin.Tests.Manifest;
using NoteAddin.Tests.Pane;
using AddinManifestRenderer = NoteAddin.Manifest.AddinManifest;

namespace NoteAddin.Tests.OnSend;

/// <summary>What the service serves for the on-send check: the runtime page, the rendered script, the allowed-scripts file.</summary>
[TestFixture]
public sealed partial class OnSendServingTests
{
    [Test]
    public async Task The_script_is_rendered_for_the_configured_base_url_with_the_manifests_names()
    {
        using var host = ServiceHost.Development(settings: new() { [AddinAddress.Key] = "https://notes.contoso.com/addin/" });
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/onsend.js");
        var script = await response.Content.ReadAsStringAsync();
        var settings = RenderedSettings(script);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
            Assert.That(response.Headers.CacheControl?.NoCache, Is.True, "Outlook must pick up a new build or base URL");
            Assert.That(script, Does.Not.Contain(OnSendScript.Placeholder));
            Assert.That(settings.GetProperty("baseUrl").GetString(), Is.EqualTo("https://notes.contoso.com/addin"));
            Assert.That(settings.GetProperty("functionName").GetString(), Is.EqualTo(SmartAlerts.FunctionName));
            Assert.That(settings.GetProperty("paneCommandId").GetString(), Is.EqualTo(AddinManifestRenderer.PaneButtonId));
            Assert.That(settings.GetProperty("paneLabel").GetProperty("de").GetString(), Is.EqualTo(AddinManifestRenderer.PaneButtonLabel.German));
            Assert.That(settings.GetProperty("ruleTitles").GetProperty("de").GetProperty("missing-reason").GetString(), Is.EqualTo("Kein Grund"));
            Assert.That(settings.GetProperty("ruleTitles").GetProperty("en").GetProperty("vague-reason").GetString(), Is.EqualTo("Vague reason"));
        });
    }

    [Test]
    public async Task The_unrendered_template_is_not_served()
    {
        using var host = ServiceHost.Development();
        using var client = host.CreateClient();

        foreach (var path in new[] { "/" + OnSendHosting.ScriptTemplateFile, "/dist/" + OnSendHosting.ScriptTemplateFile })
        {
            using var response = await client.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), path);
        }
    }

    [Test]
    public async Task The_runtime_page_loads_office_js_then_the_script_under_the_panes_policy()
    {
        using var host = ServiceHost.Development();
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/" + SmartAlerts.RuntimePagePath);
        var html = await response.Content.ReadAsStringAsync();
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(string.Join(";", response.Headers.GetValues("Content-Security-Policy")), Is.EqualTo(TaskPaneHosting.ContentSecurityPolicy));
            Assert.That(CspDirectives.Of(response)["script-src"], Is.EquivalentTo(new[] { "'self'", "https://appsforoffice.microsoft.com" }));
            Assert.That(scripts, Is.EqualTo(new[] { "https://appsforoffice.microsoft.com/lib/1/hosted/office.js", SmartAlerts.ScriptPath }),
                "office.js first; the script by a relative URL, so it comes from wherever the page came from");
            Assert.That(Regex.IsMatch(html, @"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase), Is.False, "no inline script");
        });
    }

    [Test]
    public async Task The_allowed_scripts_file_lists_the_script_for_the_base_url()
    {
        using var host = ServiceHost.Development();
        using var client = host.CreateClient();
        using var response = await client.GetAsync(OnSendHosting.AllowedScriptsPath);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo($"{{\"allowed\":[\"{AddinManifestRenderer.LocalBaseUrl}/onsend.js\"]}}"));
    }

    [Test]
    public async Task Outlook_fetches_everything_without_a_token_in_production()
    {
        var tokens = new TestTokens();
        using var host = ServiceHost.SignedIn(tokens, new() { [AddinAddress.Key] = "https://notes.contoso.com" });
        using var client = host.ClientWithToken(null);

        foreach (var path in new[] { "/onsend.js", "/onsend.html", OnSendHosting.AllowedScriptsPath })
        {
            using var response = await client.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        }
    }

    [Test]
    public async Task Without_a_base_url_the_script_lets_every_mail_go_and_the_service_says_so()
    {
        var tokens = new TestTokens();
        using var host = ServiceHost.SignedIn(tokens);
        using var client = host.ClientWithToken(null);

        var settings = RenderedSettings(await client.GetStringAsync("/onsend.js"));
        var allowed = await client.GetStringAsync(OnSendHosting.AllowedScriptsPath);

        Assert.Multiple(() =>
        {
            Assert.That(settings.GetProperty("baseUrl").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(allowed, Is.EqualTo("{\"allowed\":[]}"));
            Assert.That(host.Logs.All, Does.Contain("Addin:BaseUrl is not set").And.Contain("Addin__BaseUrl"));
        });
    }

    [Test]
    public void Development_calls_the_address_manifest_xml_is_rendered_for()
    {
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(ManifestTests.RepoRoot, "AddinService", "appsettings.Development.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });

        Assert.That(json.RootElement.GetProperty("Addin").GetProperty("BaseUrl").GetString(), Is.EqualTo(AddinManifestRenderer.LocalBaseUrl));
    }

    [Test]
    public void Rendering_needs_exactly_one_placeholder()
    {
        var settings = new OnSendScript.Settings(null, "f", "b", new Dictionary<string, string>(), new Dictionary<string, IReadOnlyDictionary<string, string>>());

        Assert.That(OnSendScript.Render("var s='__NOTEADDIN_ONSEND_SETTINGS__';", settings), Does.StartWith("var s=\"{\\u0022baseUrl\\u0022:null,"));
        Assert.Throws<InvalidDataException>(() => OnSendScript.Render("var s=1;", settings));
        Assert.Throws<InvalidDataException>(() => OnSendScript.Render("a(\"__NOTEADDIN_ONSEND_SETTINGS__\",`__NOTEADDIN_ONSEND_SETTINGS__`)", settings));
    }

    [Test]
    public void Rendered_settings_cannot_end_the_string_or_the_script()
    {
        var hostile = new OnSendScript.Settings("https://x.example/\"</script>'", "f", "b",
            new Dictionary<string, string> { ["en"] = "\u2028`${x}`" }, new Dictionary<string, IReadOnlyDictionary<string, string>>());
        var literal = OnSendScript.Render("\"__NOTEADDIN_ONSEND_SETTINGS__\"", hostile);

        Assert.That(literal[1..^1], Does.Not.Contain("\"").And.Not.Contain("<").And.Not.Contain("'").And.Not.Contain("\u2028").And.Not.Contain("`"));
        Assert.That(JsonDocument.Parse(JsonSerializer.Deserialize<string>(literal)!).RootElement.GetProperty("baseUrl").GetString(), Is.EqualTo(hostile.BaseUrl));
    }

    /// <summary>The settings the service rendered into the script (the one JSON string literal holding "functionName").</summary>
    private static JsonElement RenderedSettings(string script)
    {
        var literal = SettingsLiteral().Match(script);
        Assert.That(literal.Success, Is.True, "the script holds its settings");
        return JsonDocument.Parse(JsonSerializer.Deserialize<string>(literal.Value)!).RootElement;
    }

    [GeneratedRegex(@"""\{\\u0022baseUrl\\u0022[^""]*""")]
    private static partial Regex SettingsLiteral();

    [GeneratedRegex(@"<script[^>]*\bsrc=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();
}
