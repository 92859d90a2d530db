using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Reading;
using NoteAddin.Checking.Rules;
using NoteAddin.Checking.Suggesting;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking;

/// <summary>
/// The engine's front door: text in, <see cref="CheckResult"/> out. Thread-safe and allocation-light; build one per
/// set of rule packs and share it.
/// </summary>
public sealed class NoteChecker
{
    /// <summary>
    /// The longest note the service reads: /api/notes/check, /check-batch and the notes of /api/mail/check refuse
    /// longer text (a note is two sentences; nobody's draft is that long, and the reader's cost grows faster than the
    /// text once it holds thousands of sentences). The pane and the audit page read it from /api/config.
    /// </summary>
    public const int MaxNoteLength = 10_000;

    private static readonly StatusUnclearRule GuardedRule = new();

    private readonly IReadOnlyDictionary<string, CompiledPack> _packs;
    private readonly IStatusDecider _decider;

    /// <param name="decider">Decides status and reason from the reader's evidence: the learned model when one is
    /// loaded (<see cref="NoteEngineFactory"/>), else the hand-written rules.</param>
    public NoteChecker(IReadOnlyDictionary<string, CompiledPack> packs, IStatusDecider? decider = null)
    {
        if (!packs.ContainsKey(LanguageDetector.Fallback))
        {
            throw new ArgumentException($"the \"{LanguageDetector.Fallback}\" pack is required", nameof(packs));
        }

        _packs = packs;
        _decider = decider ?? RuleDecider.Instance;
        RecordedStatuses = RecordedStatusLabels.From(packs);
    }

    public IStatusDecider Decider => _decider;

    public IReadOnlyCollection<string> Languages => (IReadOnlyCollection<string>)_packs.Keys;

    public IReadOnlyDictionary<string, CompiledPack> Packs => _packs;

    /// <summary>The portal's recorded-status labels of every pack, for reading an export's status column.</summary>
    public RecordedStatusLabels RecordedStatuses { get; }

    public bool Supports(string language) => _packs.ContainsKey(language);

    public CheckResult Check(NoteInput input)
    {
        var (reading, sink) = Analyse(input);
        return Result(reading, sink.Findings);
    }

    /// <summary>Reading and findings without the final result: the batch adds cross-note findings in between.</summary>
    internal (NoteReading Reading, FindingSink Findings) Analyse(NoteInput input)
    {
        var reading = Read(input);
        var sink = new FindingSink(reading);
        foreach (var rule in RuleCatalog.PerNote)
        {
            rule.Check(reading, sink);
        }

        if (reading.Guarded && Grader.GradeOf(sink.Findings) == Grade.Good)
        {
            // The grade guard judges the notes that would be Good, as it was trained to (GradeGuard); it is the decision
            // stage's word, so it speaks as the status decision does when it finds a note unclear.
            reading.StatusUnclear = true;
            sink.AddWholeNote(GuardedRule);
        }

        sink.SortByPosition();
        return (reading, sink);
    }

    /// <summary>What the note says (status, reason, cues) without its findings: enough for the mail reader's "is this
    /// sentence a note?".</summary>
    internal NoteReading Read(NoteInput input)
    {
        var text = input.Text ?? string.Empty;
        var folded = NormalizedText.Create(text);
        var language = input.Language ?? LanguageDetector.Detect(text, folded, _packs);
        if (!_packs.TryGetValue(language, out var pack))
        {
            throw new ArgumentException($"no rule pack for language \"{language}\"", nameof(input));
        }

        return NoteReader.Read(text, pack.Typos.Correct(folded), pack, input.Workload, _decider, RecordedStatuses);
    }

    internal static CheckResult Result(NoteReading reading, IReadOnlyList<Finding> findings)
    {
        var grade = Grader.GradeOf(findings);
        return new CheckResult(
            reading.Pack.Language,
            reading.Status,
            grade,
            Grader.Score(grade, reading, findings),
            reading.Reason,
            reading.Sentences.Count,
            findings,
            TemplateSuggester.Suggest(reading, findings, grade));
    }
}
