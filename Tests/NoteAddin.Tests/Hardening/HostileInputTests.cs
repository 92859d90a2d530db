using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NoteAddin.Tests.Hosting;

namespace NoteAddin.Tests.Hardening;

/// <summary>
/// Thousands of generated hostile notes at /api/notes/check and /check-batch: no answer may be a 5xx, and the
/// whole run must finish in a generous bound. Latencies are reported (p50, p99, max, the slowest inputs), not
/// asserted per request: this machine's two cores are shared.
/// </summary>
public sealed class HostileInputTests
{
    private const int Seed = 20261124;
    private const int Checks = 2500;
    private const int Batches = 250;

    [Test]
    public async Task Hostile_notes_never_get_a_5xx()
    {
        using var host = ServiceHost.Development();
        using var client = host.CreateClient();
        var inputs = new HostileInputs(Seed);
        var random = new Random(Seed);
        var timings = new List<(double Ms, string Kind, int Length, string Preview)>();
        var statuses = new Dictionary<int, int>();
        var failures = new List<string>();
        var run = Stopwatch.StartNew();

        for (var i = 0; i < Checks; i++)
        {
            var (kind, text, raw) = inputs.Next();
            var literal = raw ?? Literal(text, random);
            var body = $"{{\"text\":{literal},\"language\":{Json(inputs.Language())},\"workload\":{Json(inputs.Workload())}}}";
            var bytes = Encoding.UTF8.GetBytes(body);
            if (random.Next(25) == 0)
            {
                kind += "+invalid-utf8";
                bytes = InjectInvalidUtf8(bytes, random);
            }

            var (status, ms) = await PostAsync(client, "/api/notes/check", bytes);
            Count(statuses, status);
            timings.Add((ms, kind, text.Length, Preview(raw ?? text)));
            if (status >= 500 || status is not (200 or 400))
            {
                failures.Add($"/check {status} {kind}: {Convert.ToBase64String(bytes)}");
            }
        }

        for (var i = 0; i < Batches; i++)
        {
            // Most batches hold only notes the API accepts, so the engine (and the cross-note rules) must read
            // every hostile text; the rest mix in refusals and oversize batches.
            var accepted = random.Next(5) != 0;
            var count = random.Next(20) == 0 ? 1001 : random.Next(1, 30);
            var notes = new List<string>(count);
            for (var n = 0; n < count; n++)
            {
                var (text, raw) = accepted ? (inputs.NextAccepted().Text, null) : inputs.Next() is var (_, t, r) ? (t, r) : default;
                var tenant = random.Next(2) == 0 ? "\"t1\"" : Json(inputs.Workload());
                var language = accepted ? new[] { "null", "\"de\"", "\"en\"" }[random.Next(3)] : Json(inputs.Language());
                var literal = raw ?? (accepted ? RawUtf8Literal(text) : Literal(text, random));
                notes.Add($"{{\"id\":{Json(n.ToString(System.Globalization.CultureInfo.InvariantCulture))},\"text\":{literal},\"workload\":{Json(inputs.Workload())},\"tenant\":{tenant},\"language\":{language}}}");
            }

            var bytes = Encoding.UTF8.GetBytes($"{{\"notes\":[{string.Join(",", notes)}]}}");
            var (status, ms) = await PostAsync(client, "/api/notes/check-batch", bytes);
            Count(statuses, 1000 + status);
            timings.Add((ms, $"batch of {count}", bytes.Length, string.Empty));
            if (status >= 500 || status is not (200 or 400 or 413))
            {
                failures.Add($"/check-batch {status}: {Convert.ToBase64String(bytes)}");
            }
        }

        run.Stop();
        Report(timings.Take(Checks).ToList(), timings.Skip(Checks).ToList(), statuses, run.Elapsed);
        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(5)));
            Assert.That(statuses.Keys.Where(s => s % 1000 >= 500), Is.Empty);
            Assert.That(statuses.GetValueOrDefault(200), Is.GreaterThan(Checks / 3), "most hostile notes are still notes");
            Assert.That(run.Elapsed, Is.LessThan(TimeSpan.FromMinutes(4)), "generous bound for the whole run on two shared cores");
        });
    }

    [Test]
    public async Task Eight_concurrent_clients_get_no_errors()
    {
        using var host = ServiceHost.Development();
        var errors = 0;
        var tasks = Enumerable.Range(0, 8).Select(async worker =>
        {
            using var client = host.CreateClient();
            var inputs = new HostileInputs(Seed + worker);
            for (var i = 0; i < 60; i++)
            {
                var (_, text, raw) = inputs.Next();
                var (status, _) = await PostAsync(client, "/api/notes/check", Encoding.UTF8.GetBytes($"{{\"text\":{raw ?? JsonSerializer.Serialize(text)}}}"));
                if (status is not (200 or 400))
                {
                    Interlocked.Increment(ref errors);
                }
            }
        });
        await Task.WhenAll(tasks);
        Assert.That(errors, Is.Zero);
    }

    private static async Task<(int Status, double Ms)> PostAsync(HttpClient client, string path, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync(path, content);
        await response.Content.ReadAsByteArrayAsync();
        watch.Stop();
        return ((int)response.StatusCode, watch.Elapsed.TotalMilliseconds);
    }

    /// <summary>A JSON string literal: half the time ASCII with escapes, half the time raw UTF-8 (lone surrogates become U+FFFD on the wire).</summary>
    private static string Literal(string text, Random random)
    {
        return random.Next(2) == 0 ? JsonSerializer.Serialize(text) : RawUtf8Literal(text);
    }

    private static string RawUtf8Literal(string text)
    {
        var literal = new StringBuilder("\"");
        foreach (var c in text)
        {
            literal.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return literal.Append('"').ToString();
    }

    private static string Json(string? value) => value is null ? "null" : JsonSerializer.Serialize(value);

    private static byte[] InjectInvalidUtf8(byte[] body, Random random)
    {
        byte[][] bad = [[0xED, 0xA0, 0x80], [0xFF], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]];
        var at = Array.IndexOf(body, (byte)':') + 3; // inside the text's string literal
        var piece = bad[random.Next(bad.Length)];
        return [.. body[..at], .. piece, .. body[at..]];
    }

    private static void Count(Dictionary<int, int> statuses, int status) => statuses[status] = statuses.GetValueOrDefault(status) + 1;

    private static string Preview(string text) =>
        JsonSerializer.Serialize(text.Length <= 40 ? text : text[..40] + "…");

    private static void Report(List<(double Ms, string Kind, int Length, string Preview)> checks, List<(double Ms, string Kind, int Length, string Preview)> batches, Dictionary<int, int> statuses, TimeSpan elapsed)
    {
        static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        var sorted = checks.Select(t => t.Ms).Order().ToList();
        var batchSorted = batches.Select(t => t.Ms).Order().ToList();
        var output = TestContext.Out;
        output.WriteLine($"hostile inputs: {checks.Count} /check + {batches.Count} /check-batch in {elapsed.TotalSeconds:0.0} s");
        output.WriteLine($"statuses (1xxx = batch): {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        output.WriteLine($"/check ms: p50 {Percentile(sorted, 0.50):0.0}, p99 {Percentile(sorted, 0.99):0.0}, max {sorted[^1]:0.0}");
        output.WriteLine($"/check-batch ms: p50 {Percentile(batchSorted, 0.50):0.0}, p99 {Percentile(batchSorted, 0.99):0.0}, max {batchSorted[^1]:0.0}");
        foreach (var kind in checks.GroupBy(t => t.Kind.Split('(')[0]).OrderByDescending(g => g.Max(t => t.Ms)))
        {
            var ms = kind.Select(t => t.Ms).Order().ToList();
            output.WriteLine($"  {kind.Key,-32} n={ms.Count,4} p50 {Percentile(ms, 0.5),7:0.0} p99 {Percentile(ms, 0.99),7:0.0} max {ms[^1],7:0.0}");
        }

        output.WriteLine("slowest /check inputs:");
        foreach (var (ms, kind, length, preview) in checks.OrderByDescending(t => t.Ms).Take(8))
        {
            output.WriteLine($"  {ms,8:0.0} ms  {kind} ({length} chars) {preview}");
        }
    }
}
