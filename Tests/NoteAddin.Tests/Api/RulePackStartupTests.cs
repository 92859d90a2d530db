using NoteAddin.Tests.Hosting;

namespace NoteAddin.Tests.Api;

/// <summary>The service with a team's extra rule packs: layered over ours when they are sound, refused when not.</summary>
public class RulePackStartupTests
{
    private string _extra = null!;

    [SetUp]
    public void CreateDirectory()
    {
        _extra = Path.Combine(Path.GetTempPath(), "noteaddin-extra-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_extra);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_extra, recursive: true);

    [Test]
    public async Task A_sound_overlay_is_used_by_the_running_service()
    {
        File.WriteAllText(Path.Combine(_extra, "team.en.json"), """{"language": "en", "phrases": {"hedge": ["kinda"]}}""");
        using var host = ServiceHost.Development(settings: new() { ["RulePacks:ExtraDirectory"] = _extra });
        using var client = host.CreateClient();
        var response = await client.PostAsync("/api/notes/check", new StringContent("""{"text": "Customer is kinda blocked by the proxy.", "language": "en"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"ruleId\":\"hedging\""));
    }

    [Test]
    public void A_broken_overlay_stops_start_up_instead_of_half_loading()
    {
        File.WriteAllText(Path.Combine(_extra, "team.en.json"), "{\"language\": \"en\", \"phrases\": {\"hedge\": [\"kinda\",]}");
        using var host = ServiceHost.Development(settings: new() { ["RulePacks:ExtraDirectory"] = _extra });
        var originalError = Console.Error;
        using var error = new StringWriter();
        Console.SetError(error);
        try
        {
            // Program returns before building the host: the factory cannot create a server.
            Assert.That(() => host.CreateClient(), Throws.Exception);
        }
        finally
        {
            Console.SetError(originalError);
        }

        Assert.That(error.ToString(), Does.Contain("team.en.json(1,"));
    }
}
