using BenchmarkDotNet.Attributes;
using NoteAddin.Checking;
using NoteAddin.Checking.Model;

namespace NoteAddin.Benchmarks;

/// <summary>One note through the whole engine, as /api/notes/check runs it (language detected, no workload).</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private NoteChecker _checker = null!;
    private NoteInput _input = null!;

    [ParamsSource(nameof(Notes))]
    public string Note { get; set; } = "de-typical";

    public static IEnumerable<string> Notes => SampleNotes.ByName.Keys;

    [GlobalSetup]
    public void Setup()
    {
        _checker = SampleNotes.CreateChecker();
        _input = new NoteInput(SampleNotes.ByName[Note]);
    }

    [Benchmark]
    public CheckResult Check() => _checker.Check(_input);
}
