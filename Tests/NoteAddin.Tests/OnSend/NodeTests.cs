using System.Net;
using System.Text.Json;
using NoteAddin.Manifest;
using NoteAddin.Tests.Hosting;
using NoteAddin.Tests.Manifest;
using AddinManifestRenderer = NoteAddin.Manifest.AddinManifest;

namespace NoteAddin.Tests.OnSend;

/// <summary>The WebUI's Node tests, run by <c>dotnet test</c>: the on-send handler, the served script, Microsoft's converter, the pane's token timeout.</summary>
[TestFixture]
[NonParallelizable] // they run node processes; the machine has two cores
public sealed class NodeTests
{
    [Test]
    public async Task The_on_send_handler_passes_its_tests_in_node()
    {
        var run = await NodeRun.TestAsync(["test/onsend/handler.test.mjs"]);

        run.AssertPassed();
    }

    [Test]
    public async Task The_warn_at_send_switch_is_stored_and_read_as_one_roaming_setting()
    {
        var run = await NodeRun.TestAsync(["test/warn-at-send.test.mjs"]);

        run.AssertPassed();
    }

    [Test]
    public async Task The_panes_token_request_gives_up_instead_of_holding_every_call()
    {
        var run = await NodeRun.TestAsync(["test/auth.test.mjs"]);

        run.AssertPassed();
    }

    /// <summary>The script as served, with the service's own settings: manifest facts from the manifest code, titles from the packs.</summary>
    [Test]
    public async Task The_served_script_runs_in_a_bare_javascript_context_with_the_services_settings()
    {
        using var host = ServiceHost.Development();
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/" + SmartAlerts.ScriptPath);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var script = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"onsend-{Guid.NewGuid():N}.js");
        await File.WriteAllTextAsync(script, await response.Content.ReadAsStringAsync());

        var expected = JsonSerializer.Serialize(new
        {
            functionName = SmartAlerts.FunctionName,
            paneCommandId = AddinManifestRenderer.PaneButtonId,
            paneLabel = AddinManifestRenderer.PaneButtonLabel.English,
            apiUrl = $"{AddinManifestRenderer.LocalBaseUrl}/api/mail/check",
            ruleId = "missing-reason",
            ruleTitle = "No reason given",
        });
        var run = await NodeRun.TestAsync(["test/onsend/served-script.test.mjs"], new Dictionary<string, string> { ["ONSEND_SCRIPT"] = script, ["ONSEND_EXPECTED"] = expected });

        run.AssertPassed(tests: 2);
    }

    [Test]
    public async Task Microsofts_converter_turns_manifest_xml_and_every_send_mode_into_a_valid_unified_manifest()
    {
        var directory = Directory.CreateTempSubdirectory("noteaddin-manifests-").FullName;
        try
        {
            var manifests = new List<string> { Path.Combine(ManifestTests.RepoRoot, "manifest.xml") };
            foreach (var mode in Enum.GetValues<SendMode>())
            {
                var path = Path.Combine(directory, $"manifest.{mode}.xml");
                await File.WriteAllTextAsync(path, AddinManifestRenderer.RenderText("https://notes.contoso.com", mode));
                manifests.Add(path);
            }

            var run = await NodeRun.TestAsync(["test/unified-manifest.test.mjs"], new Dictionary<string, string> { ["MANIFESTS"] = string.Join(Path.PathSeparator, manifests) });

            run.AssertPassed(tests: manifests.Count);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
