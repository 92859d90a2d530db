using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NoteAddin.Tests.Manifest;

namespace NoteAddin.Tests.OnSend;

/// <summary>
/// Runs WebUI's Node tests (<c>node --test</c>) from the README's <c>dotnet test</c>: the .NET build has already run
/// <c>npm ci</c> and the bundler, so node_modules and the bundle are there. A failing assertion shows node's whole
/// output; the counts come from node's closing summary, so a test that silently skipped is a failure too.
/// </summary>
internal sealed record NodeRun(int ExitCode, string Output)
{
    public static readonly string WebUIDirectory = Path.Combine(ManifestTests.RepoRoot, "WebUI");

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>A number from node's summary ("# pass 12"), or -1 when node printed none.</summary>
    public int Count(string what) =>
        Regex.Match(Output, $@"^# {what} (\d+)$", RegexOptions.Multiline) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : -1;

    /// <summary>Node ran tests (exactly this many, when given) and failed or skipped none.</summary>
    public void AssertPassed(int? tests = null)
    {
        Assert.That(ExitCode, Is.Zero, $"node --test failed:\n{Output}");
        Assert.That((Count("fail"), Count("skipped")), Is.EqualTo((0, 0)), $"node --test failed or skipped tests:\n{Output}");
        Assert.That(Count("pass"), tests is null ? Is.Positive : Is.EqualTo(tests), $"node --test did not run what was expected:\n{Output}");
    }

    public static async Task<NodeRun> TestAsync(IEnumerable<string> files, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("node", ["--test", "--test-reporter=tap", .. files])
        {
            WorkingDirectory = WebUIDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new AssertionException($"node was not found ({e.Message}): install Node.js 20 or later, as the README says.");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new AssertionException($"node --test did not finish within {Timeout.TotalMinutes} minutes:\n{await stdout}{await stderr}");
            }

            return new NodeRun(process.ExitCode, await stdout + await stderr);
        }
    }
}
