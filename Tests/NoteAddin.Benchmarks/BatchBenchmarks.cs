using BenchmarkDotNet.Attributes;
using NoteAddin.Checking;

namespace NoteAddin.Benchmarks;

/// <summary>The batch path: 1 000 notes of many tenants, copy-paste search included (what one audit chunk costs).</summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private BatchChecker _batch = null!;
    private List<BatchNote> _notes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _batch = new BatchChecker(SampleNotes.CreateChecker());
        _notes = SampleNotes.Batch(1_000);
    }

    [Benchmark]
    public BatchResult Check1000() => _batch.Check(_notes);
}
