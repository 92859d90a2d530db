using BenchmarkDotNet.Attributes;
using NoteAddin.Checking;
using NoteAddin.Checking.Matching;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Reading;
using NoteAddin.Checking.Text;

namespace NoteAddin.Benchmarks;

/// <summary>
/// The engine's stages one by one on the typical notes, to see where a check's time and bytes go. Each stage
/// includes nothing after it; "Read" includes split and scan; Check − Read − Fold − Detect ≈ rules, grade, suggestion.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private NoteChecker _checker = null!;
    private CompiledPack _pack = null!;
    private string _text = null!;
    private NormalizedText _folded = null!;
    private NoteInput _input = null!;
    private readonly List<PhraseMatch> _matches = new(64);

    [Params("de-typical", "en-typical")]
    public string Note { get; set; } = "de-typical";

    [GlobalSetup]
    public void Setup()
    {
        _checker = SampleNotes.CreateChecker();
        _text = SampleNotes.ByName[Note];
        _folded = NormalizedText.Create(_text);
        _pack = _checker.Packs[Note[..2]];
        _input = new NoteInput(_text);
    }

    [Benchmark]
    public NormalizedText Fold() => NormalizedText.Create(_text);

    [Benchmark]
    public string Detect() => LanguageDetector.Detect(_text, _folded, _checker.Packs);

    [Benchmark]
    public List<Sentence> Split() => _pack.Splitter.Split(_text);

    [Benchmark]
    public int Scan()
    {
        _matches.Clear();
        _pack.Automaton.Scan(_folded, _matches);
        return _matches.Count;
    }

    [Benchmark]
    public NoteReading Read() => NoteReader.Read(_text, _folded, _pack, null, _checker.Decider, _checker.RecordedStatuses);

    [Benchmark(Baseline = true)]
    public CheckResult Check() => _checker.Check(_input);
}
