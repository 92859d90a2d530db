using System.Diagnostics;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using NoteAddin.Benchmarks;
using NoteAddin.Checking.Model;

// `-- quick`: a Stopwatch and allocation-counter pass over every sample note and the batch, in seconds rather than
// minutes — for iterating on a busy machine. `-- quick --evict 4096`: the same, each timed call after writing that many
// KB elsewhere (see QuickHarness.Evict). Everything else goes to BenchmarkDotNet (`-- --filter '*'`, etc.).
if (args is ["quick", ..])
{
    int? evict = args switch
    {
        ["quick"] => 0,
        ["quick", "--evict", var kb] when int.TryParse(kb, out var kilobytes) && kilobytes is >= 0 and <= 1_048_576 => kilobytes,
        _ => null,
    };
    if (evict is null)
    {
        Console.Error.WriteLine("usage: quick [--evict KB]   (KB from 0 to 1048576: how much to write between two timed calls)");
        Environment.Exit(2);
    }

    QuickHarness.Run(evict.Value);
    return;
}

// Median is the figure the targets use; P95 shows how noisy a shared machine was during the run.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15))
    .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args, config);

/// <summary>A quick measurement without BenchmarkDotNet: median µs and mean bytes allocated per check.</summary>
internal static class QuickHarness
{
    // Under load a check shares the caches with the network stack, Kestrel and the other requests, so its weight rows and
    // automaton states are no longer cached from the call before, as they are in a steady loop over one note. Writing a
    // few MB between calls reproduces that without wrk's noise (docs/PERFORMANCE.md has the figures), so a change to how
    // much memory a check touches can be measured here; 0 is the steady loop.
    private static byte[] _evict = [];

    public static void Run(int evictKilobytes = 0)
    {
        _evict = new byte[evictKilobytes * 1024];
        if (evictKilobytes > 0)
        {
            Console.WriteLine($"each timed call after writing {evictKilobytes:N0} KB elsewhere (one byte per cache line)");
        }

        var checker = SampleNotes.CreateChecker();

        // Tiered compilation promotes hot methods only after a pause; warm every path for a second first, or the
        // first note measured pays for the JIT.
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 1_000)
        {
            foreach (var text in SampleNotes.ByName.Values)
            {
                checker.Check(new NoteInput(text));
            }
        }

        Console.WriteLine($"{"note",-12} {"median µs",10} {"bytes/check",12}");
        foreach (var (name, text) in SampleNotes.ByName)
        {
            var input = new NoteInput(text);
            var (median, bytes) = Measure(() => checker.Check(input), 20_000);
            Console.WriteLine($"{name,-12} {median,10:F2} {bytes,12:N0}");
        }

        // The engine's stages on the typical notes (StageBenchmarks): where a check's time goes, without waiting minutes
        // for BenchmarkDotNet.
        foreach (var name in new[] { "de-typical", "en-typical" })
        {
            var stages = new StageBenchmarks { Note = name };
            stages.Setup();
            var parts = new (string Stage, Func<object> Run)[]
            {
                ("fold", stages.Fold), ("detect", stages.Detect), ("split", stages.Split), ("scan", () => stages.Scan()),
                ("read", stages.Read), ("check", stages.Check),
            };
            Console.WriteLine($"  {name}: " + string.Join(", ", parts.Select(p => $"{p.Stage} {Measure(p.Run, 20_000).MedianMicroseconds:F2}")) + " µs");
        }

        var json = new ApiJsonBenchmarks();
        json.Setup();
        var (parse, parseBytes) = Measure(() => json.ParseRequest()!, 20_000);
        Console.WriteLine($"{"json-in",-12} {parse,10:F2} {parseBytes,12:N0}");
        var (serialize, serializeBytes) = Measure(() => json.SerializeResult(), 20_000);
        Console.WriteLine($"{"json-out",-12} {serialize,10:F2} {serializeBytes,12:N0}   ({json.ResultBytes:N0} bytes of JSON, generated serialiser)");
        var (options, optionsBytes) = Measure(() => json.SerializeResultWithOptions(), 20_000);
        Console.WriteLine($"{"json-options",-12} {options,10:F2} {optionsBytes,12:N0}   (the same answer with the API's JSON options)");

        var batch = new NoteAddin.Checking.BatchChecker(checker);
        var notes = SampleNotes.Batch(1_000);
        var (batchMedian, batchBytes) = Measure(() => batch.Check(notes), 40);
        Console.WriteLine($"{"batch-1000",-12} {batchMedian / 1000,10:F2} ms {batchBytes / 1_000_000.0,9:F1} MB");

        var mail = new MailBenchmarks();
        mail.Setup();
        var (read, readBytes) = Measure(() => mail.ReadMail20KB(), 2_000);
        Console.WriteLine($"{"mail-read",-12} {read / 1000,10:F3} ms {readBytes / 1024.0,9:F0} KB   ({SampleMail.Html.Length:N0}-character HTML mail, reader only)");
        var (mailCheck, mailCheckBytes) = Measure(() => mail.CheckMail20KB(), 2_000);
        Console.WriteLine($"{"mail-check",-12} {mailCheck / 1000,10:F3} ms {mailCheckBytes / 1024.0,9:F0} KB   (reader + every note checked)");
    }

    private static void Evict()
    {
        for (var k = 0; k < _evict.Length; k += 64)
        {
            _evict[k]++;
        }
    }

    private static (double MedianMicroseconds, long BytesPerCall) Measure(Func<object> action, int iterations)
    {
        // A second at least: tiered compilation promotes a method some 100 ms after its first calls (and again after its
        // instrumented tier), and a path the loop over the notes does not warm (the JSON ones) was otherwise timed before.
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < Math.Max(10, iterations / 10) || warm.ElapsedMilliseconds < 1_000; i++)
        {
            action();
        }

        // Writing megabytes between calls costs far more than the call: a tenth of the calls gives as steady a median.
        iterations = _evict.Length > 0 ? Math.Max(10, iterations / 10) : iterations;
        var times = new double[iterations];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
        {
            Evict();
            var start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / iterations;
        Array.Sort(times);
        return (times[iterations / 2], bytes);
    }
}
