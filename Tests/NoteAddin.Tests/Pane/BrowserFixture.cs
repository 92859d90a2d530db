using Microsoft.Playwright;

namespace NoteAddin.Tests.Pane;

/// <summary>
/// One headless Chromium and one service for all pane tests. Playwright drives Debian's chromium (no browser
/// download); a missing chromium fails the tests with the command that installs it — never a silent skip.
/// </summary>
[SetUpFixture]
public sealed class BrowserFixture
{
    public const string InstallCommand = "sudo apt-get install -y chromium";

    private static IPlaywright? _playwright;
    private static IBrowser? _browser;
    private static PaneServer? _server;
    private static string? _launchProblem;

    public static PaneServer Server => _server ?? throw new InvalidOperationException("the pane server is not running");

    public static IBrowser Browser
    {
        get
        {
            if (_launchProblem is not null)
            {
                Assert.Fail(_launchProblem);
            }

            return _browser!;
        }
    }

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = new PaneServer();
        var chromium = FindChromium();
        if (chromium is null)
        {
            _launchProblem = $"The task pane's browser tests need Chromium, which is not installed. Install it with: {InstallCommand}";
            return;
        }

        _playwright = await Playwright.CreateAsync();
        // Playwright gives every launch a fresh temporary profile (user-data dir) and removes it afterwards.
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--no-first-run",
                // No DNS at all: the pane is loaded from 127.0.0.1 and Office.js is served by the test.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            ],
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _server?.Dispose();
    }

    /// <summary>Debian's chromium on PATH (or where Debian puts it).</summary>
    private static string? FindChromium()
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Append("/usr/bin");
        return directories.Select(d => Path.Combine(d, "chromium")).FirstOrDefault(File.Exists);
    }
}
