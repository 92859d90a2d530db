using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using NoteAddin.Service.Hosting;

namespace NoteAddin.Tests.Auth;

/// <summary>Production without a complete AzureAd section does not start: it names the missing setting and exits non-zero.</summary>
public sealed class StartupRefusalTests
{
    [Test]
    public async Task Production_without_AzureAd_settings_exits_1_naming_them_without_a_stack_trace()
    {
        var (exit, output) = await RunServiceAsync(new Dictionary<string, string>());

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(output, Does.Contain("AzureAd:TenantId").And.Contain("AzureAd:ClientId").And.Contain("AzureAd:Instance"));
            Assert.That(output, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(output, Does.Not.Contain("Now listening"));
        });
    }

    [Test]
    public async Task Production_with_a_partial_section_names_what_is_missing()
    {
        var (exit, output) = await RunServiceAsync(new Dictionary<string, string>
        {
            ["AzureAd__Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd__ClientId"] = "00000000-0000-0000-0000-0000000000bb",
        });

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(output, Does.Contain("AzureAd:TenantId"));
            Assert.That(output, Does.Not.Contain("AzureAd:ClientId"));
        });
    }

    [TestCase("Production", null, null, null, "AzureAd:Instance, AzureAd:TenantId, AzureAd:ClientId")]
    [TestCase("Staging", "https://login.microsoftonline.com/", null, "x", "AzureAd:TenantId")]
    [TestCase("Development", null, "tenant", null, "AzureAd:Instance, AzureAd:ClientId")]
    [TestCase("Production", "http://login.microsoftonline.com/", "t", "c", "AzureAd:Instance must be an https URL")]
    public void Incomplete_settings_are_named(string environment, string? instance, string? tenant, string? client, string expected)
    {
        var configuration = Configuration(instance, tenant, client);
        AuthSettings.Read(configuration, environment == "Development", out var error);
        Assert.That(error, Does.Contain(expected));
    }

    [Test]
    public void Development_without_any_setting_runs_with_sign_in_off()
    {
        var settings = AuthSettings.Read(Configuration(null, null, null), isDevelopment: true, out var error);
        Assert.Multiple(() =>
        {
            Assert.That(error, Is.Null);
            Assert.That(settings.Enabled, Is.False);
        });
    }

    [Test]
    public void The_scope_lives_under_the_App_ID_URI()
    {
        var plain = AuthSettings.Read(Configuration("https://login.microsoftonline.com/", "t", "c"), false, out _);
        var custom = AuthSettings.Read(
            Configuration("https://login.microsoftonline.com/", "t", "c", ("AzureAd:Audience", "api://noteaddin.example/c/")),
            false,
            out _);
        var bareClientId = AuthSettings.Read(Configuration("https://login.microsoftonline.com/", "t", "c", ("AzureAd:Audience", "c")), false, out _);
        Assert.Multiple(() =>
        {
            Assert.That(plain.FullScope, Is.EqualTo("api://c/access_as_user"));
            Assert.That(plain.Authority, Is.EqualTo("https://login.microsoftonline.com/t"));
            Assert.That(custom.FullScope, Is.EqualTo("api://noteaddin.example/c/access_as_user"));
            Assert.That(bareClientId.FullScope, Is.EqualTo("api://c/access_as_user"));
        });
    }

    private static IConfiguration Configuration(string? instance, string? tenant, string? client, params (string Key, string Value)[] more)
    {
        var values = new Dictionary<string, string?> { ["AzureAd:Instance"] = instance, ["AzureAd:TenantId"] = tenant, ["AzureAd:ClientId"] = client };
        foreach (var (key, value) in more)
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    /// <summary>Runs the built service (beside the tests) as the README's users would, in Production.</summary>
    private static async Task<(int Exit, string Output)> RunServiceAsync(Dictionary<string, string> environment)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "AddinService.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("AzureAd", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal)).ToArray())
        {
            start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The service kept running without AzureAd settings.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
