using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Learning;

/// <summary>
/// The learned reader: linear models (maximum entropy) over <see cref="NoteFeaturizer"/>'s hashed features,
/// trained by ML.NET outside the service and scored here without ML.NET. The first head's labels are a status, or a
/// status with its L2 ("Blocked|Legal/Regulatory"), so status and reason come from one consistent distribution;
/// further heads ("rule:vague-reason", labels no/yes) judge what word lists judge badly — whether a reason is
/// vague, whether a note is really about meetings. All heads share one weight row per feature bucket, so a note is
/// featurised and looked up once. Scoring is stateless and allocation-free: shared by every request thread.
/// </summary>
public sealed class ReaderModel
{
    public const char LabelSeparator = '|';

    // The dense table: one row of columns per feature bucket, every row starting on a cache line (see Layout).
    private readonly float[] _table;
    private readonly int _origin;
    private readonly float[] _biases;
    private readonly int[] _columnOf;

    /// <param name="biases">One per column (<see cref="Columns"/>).</param>
    /// <param name="rows">The non-zero rows by bucket, <see cref="Columns"/> wide.</param>
    /// <param name="guard">The grade guard trained with the model, or null.</param>
    public ReaderModel(FeatureOptions features, DecisionSettings decision, ModelProvenance provenance, IReadOnlyList<ModelHead> heads, float[] biases, IReadOnlyDictionary<int, float[]> rows, GradeGuard? guard = null)
    {
        Features = features;
        Decision = decision;
        Guard = guard;
        Provenance = provenance;
        Heads = heads;
        Labels = heads[0].Labels;
        LabelStatus = Labels.Select(l => Enum.Parse<NoteStatus>(l.Split(LabelSeparator)[0])).ToArray();
        LabelL2 = Labels.Select(l => l.IndexOf(LabelSeparator) is var i and >= 0 ? l[(i + 1)..] : null).ToArray();
        Classes = heads.Sum(h => h.Labels.Length);
        _columnOf = new int[heads.Count];
        for (var h = 1; h < heads.Count; h++)
        {
            _columnOf[h] = _columnOf[h - 1] + ColumnsOf(heads[h - 1]);
        }

        Columns = heads.Sum(ColumnsOf);
        JudgedRules = heads.Skip(1).Select(h => h.Name.StartsWith(RuleHeadPrefix, StringComparison.Ordinal) ? h.Name[RuleHeadPrefix.Length..] : h.Name).ToArray();
        if (biases.Length != Columns || rows.Values.Any(r => r.Length != Columns))
        {
            throw new ArgumentException($"a reader model with these heads has {Columns} columns per row");
        }

        _biases = biases;
        Stride = (Columns + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        (_table, _origin) = Layout(features.Dimension * Stride);
        foreach (var (bucket, row) in rows)
        {
            row.CopyTo(_table, _origin + bucket * Stride);
        }
    }

    private ReaderModel(ReaderModel other, DecisionSettings decision, GradeGuard? guard)
    {
        Features = other.Features;
        Decision = decision;
        Guard = guard;
        Provenance = other.Provenance;
        Heads = other.Heads;
        Labels = other.Labels;
        Classes = other.Classes;
        Columns = other.Columns;
        JudgedRules = other.JudgedRules;
        LabelStatus = other.LabelStatus;
        LabelL2 = other.LabelL2;
        Stride = other.Stride;
        _table = other._table;
        _origin = other._origin;
        _biases = other._biases;
        _columnOf = other._columnOf;
    }

    public FeatureOptions Features { get; }

    public DecisionSettings Decision { get; }

    /// <summary>The second stage over the decision's readings for notes that would be Good (<see cref="GradeGuard"/>),
    /// or null: a model trained before it, or without cross-validation.</summary>
    public GradeGuard? Guard { get; }

    public ModelProvenance Provenance { get; }

    /// <summary>Name prefix of a head that judges one rule ("rule:vague-reason"); its labels are "no", "yes".</summary>
    public const string RuleHeadPrefix = "rule:";

    public IReadOnlyList<ModelHead> Heads { get; }

    /// <summary>The first head's labels: status or status|L2.</summary>
    public string[] Labels { get; }

    /// <summary>All heads' labels together: how many probabilities <see cref="Score"/> writes.</summary>
    public int Classes { get; }

    /// <summary>Weights per feature bucket: one per label of a head, but one for a head of two labels — its softmax
    /// is the logistic of the second label's margin over the first, so that margin is all it needs. Each no/yes
    /// head costs one column instead of two, which keeps a row of the current heads within two cache lines.</summary>
    public int Columns { get; }

    /// <summary>The rule ids the further heads judge, in head order (head i + 1).</summary>
    public string[] JudgedRules { get; }

    public NoteStatus[] LabelStatus { get; }

    public string?[] LabelL2 { get; }

    /// <summary>How many statuses there are: the length of <see cref="SumByStatus"/>'s span.</summary>
    public static readonly int StatusCount = Enum.GetValues<NoteStatus>().Length;

    /// <summary>Each status's share of the reader head's probability (indexed by <see cref="NoteStatus"/>); overwrites
    /// <paramref name="byStatus"/>, so callers need not clear it.</summary>
    public void SumByStatus(ReadOnlySpan<float> probabilities, Span<double> byStatus)
    {
        byStatus.Clear();
        for (var k = 0; k < LabelStatus.Length; k++)
        {
            byStatus[(int)LabelStatus[k]] += probabilities[k];
        }
    }

    /// <summary>The reader head's likeliest label (the first of equals).</summary>
    public int TopLabel(ReadOnlySpan<float> probabilities)
    {
        var top = 0;
        for (var k = 1; k < Labels.Length; k++)
        {
            top = probabilities[k] > probabilities[top] ? k : top;
        }

        return top;
    }

    /// <summary>Columns rounded up to whole SIMD vectors: the width of a row in the table.</summary>
    public int Stride { get; }

    /// <summary>How many weights a head keeps per bucket.</summary>
    public static int ColumnsOf(ModelHead head) => head.Labels.Length == 2 ? 1 : head.Labels.Length;

    /// <summary>The non-zero weight rows by bucket, <see cref="Columns"/> wide (what the model file stores), read
    /// back from the dense table on demand: the service keeps one copy of the weights, not two.</summary>
    public IReadOnlyDictionary<int, float[]> Rows
    {
        get
        {
            var rows = new SortedDictionary<int, float[]>();
            for (var bucket = 0; bucket < Features.Dimension; bucket++)
            {
                var row = _table.AsSpan(_origin + bucket * Stride, Columns);
                if (row.ContainsAnyExcept(0f))
                {
                    rows[bucket] = row.ToArray();
                }
            }

            return rows;
        }
    }

    /// <summary>One per column.</summary>
    public ReadOnlySpan<float> Biases => _biases;

    /// <summary>The same weights with other decision settings (the trainer tries several on held-out folds).</summary>
    public ReaderModel WithDecision(DecisionSettings decision) => new(this, decision, Guard);

    /// <summary>The same weights and settings with another grade guard (each cross-validation fold has its own).</summary>
    public ReaderModel WithGuard(GradeGuard? guard) => new(this, Decision, guard);

    /// <summary>Each head's class probabilities of one note into <paramref name="probabilities"/> (length ≥
    /// <see cref="Classes"/>; head h's classes start at its <see cref="ModelHead.Offset"/>).</summary>
    public void Score(NoteReading reading, DecisionEvidence evidence, Span<float> probabilities)
    {
        Span<float> text = stackalloc float[Stride];
        Span<float> cues = stackalloc float[Stride];
        Span<int> pending = stackalloc int[ScoringSink.Batch];
        text.Clear();
        cues.Clear();
        var sink = new ScoringSink(_table.AsSpan(_origin), Stride, Features, text, cues, pending);
        NoteFeaturizer.Extract(reading, evidence, Features, ref sink);
        sink.Flush();

        // The trainer scales the n-gram group to unit length by its count (see TrainingSink); the same here.
        var scale = sink.TextCount > 0 ? 1f / MathF.Sqrt(sink.TextCount) : 0f;
        Span<float> logits = stackalloc float[Stride];
        for (var c = 0; c < Columns; c++)
        {
            logits[c] = _biases[c] + text[c] * scale + cues[c];
        }

        for (var h = 0; h < Heads.Count; h++)
        {
            var head = Heads[h];
            var output = probabilities.Slice(head.Offset, head.Labels.Length);
            if (head.Labels.Length == 2)
            {
                var second = (float)(1 / (1 + Math.Exp(-logits[_columnOf[h]])));
                output[0] = 1 - second;
                output[1] = second;
            }
            else
            {
                logits.Slice(_columnOf[h], output.Length).CopyTo(output);
                Softmax(output);
            }
        }
    }

    private static void Softmax(Span<float> logits)
    {
        var max = float.NegativeInfinity;
        foreach (var logit in logits)
        {
            max = Math.Max(max, logit);
        }

        var sum = 0.0;
        for (var k = 0; k < logits.Length; k++)
        {
            var e = Math.Exp(logits[k] - max);
            logits[k] = (float)e;
            sum += e;
        }

        for (var k = 0; k < logits.Length; k++)
        {
            logits[k] = (float)(logits[k] / sum);
        }
    }

    // A note touches hundreds of buckets scattered over megabytes: the table starts on a 64-byte cache line, so a row
    // of 32 floats is exactly two line loads and wider rows straddle no more lines than they must. The array lives on
    // the pinned object heap, which never moves it, so the aligned start found once stays aligned.
    private static (float[] Table, int Origin) Layout(int length)
    {
        const int Line = 64;
        var table = GC.AllocateArray<float>(length + Line / sizeof(float), pinned: true);
        var handle = GCHandle.Alloc(table, GCHandleType.Pinned);
        var address = handle.AddrOfPinnedObject();
        handle.Free();
        var origin = (int)((Line - address % Line) % Line) / sizeof(float);
        return (table, origin);
    }

    private ref struct ScoringSink : IFeatureSink
    {
        /// <summary>Text features are collected this many at a time and then summed (see <see cref="Flush"/>).</summary>
        public const int Batch = 128;

        private readonly ref float _table;
        private readonly int _stride;
        private readonly int _vectors;
        private readonly FeatureOptions _options;
        private readonly ref Vector<float> _text;
        private readonly ref Vector<float> _cues;
        private readonly Span<int> _pending;
        private int _pendingCount;

        public ScoringSink(ReadOnlySpan<float> table, int stride, FeatureOptions options, Span<float> text, Span<float> cues, Span<int> pending)
        {
            // Every bucket FeatureOptions gives lies inside the table, so the per-feature adds can skip bounds checks:
            // they run for every n-gram of every note and are a large part of a check's time.
            _table = ref MemoryMarshal.GetReference(table);
            _stride = stride;
            _vectors = stride / Vector<float>.Count;
            _options = options;
            _text = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<float, Vector<float>>(text));
            _cues = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<float, Vector<float>>(cues));
            _pending = pending;
            _pendingCount = 0;
            TextCount = 0;
        }

        public int TextCount { get; private set; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddText(uint hash)
        {
            _pending[_pendingCount++] = _options.TextBucket(hash) * _stride;
            TextCount++;
            if (_pendingCount == _pending.Length)
            {
                Flush();
            }
        }

        /// <summary>Adds the collected text rows to the sums. Added one by one, each row's add waited for the previous
        /// row's sum to come back from memory (the sums live on the stack behind a ref); here the sums stay in registers
        /// while the rows stream past. Same rows, same order: the same floats.</summary>
        public void Flush()
        {
            var offsets = _pending[.._pendingCount];
            _pendingCount = 0;
            if (_vectors == 4)
            {
                SumFour(offsets);
                return;
            }

            foreach (var offset in offsets)
            {
                ref var row = ref Row(offset);
                for (var v = 0; v < _vectors; v++)
                {
                    Unsafe.Add(ref _text, v) += Unsafe.Add(ref row, v);
                }
            }
        }

        // The width the model has (25 reader labels and seven judged rules: 32 columns, four 8-float vectors); other
        // widths (a wider model, a machine with other vector sizes) take the plain loop in Flush, the sums in memory.
        private readonly void SumFour(ReadOnlySpan<int> offsets)
        {
            var (a0, a1, a2, a3) = (_text, Unsafe.Add(ref _text, 1), Unsafe.Add(ref _text, 2), Unsafe.Add(ref _text, 3));
            foreach (var offset in offsets)
            {
                ref var row = ref Row(offset);
                a0 += row;
                a1 += Unsafe.Add(ref row, 1);
                a2 += Unsafe.Add(ref row, 2);
                a3 += Unsafe.Add(ref row, 3);
            }

            (_text, Unsafe.Add(ref _text, 1), Unsafe.Add(ref _text, 2), Unsafe.Add(ref _text, 3)) = (a0, a1, a2, a3);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly ref Vector<float> Row(int offset) => ref Unsafe.As<float, Vector<float>>(ref Unsafe.Add(ref _table, offset));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddCue(uint hash, float value)
        {
            ref var row = ref Row(_options.CueBucket(hash) * _stride);
            for (var v = 0; v < _vectors; v++)
            {
                Unsafe.Add(ref _cues, v) += Unsafe.Add(ref row, v) * value;
            }
        }
    }
}

/// <summary>One output of the model: its name, where its classes start in a weight row, its labels.</summary>
public sealed record ModelHead(string Name, int Offset, string[] Labels);

/// <summary>How the decision stage uses the model's probabilities; chosen by the trainer from cross-validation on
/// the training corpus (never from a test set) and stored with the weights.</summary>
/// <param name="StatedWinsFrom">A status the note states outright wins when the model gives it at least this
/// probability (0: always; above 1: never).</param>
/// <param name="JudgedAddsFrom">A rule that takes the model's "yes" but never its "no" (vague-reason, and the Error
/// rules behind Bad notes read as Good) fires on the model's word from this probability (above 0, at most 1); so does
/// engagement-info, an Error the model decides alone (<see cref="RuleJudgements.FireReadily"/>).</param>
/// <param name="ForeignReasonUnclear">A stated status that the model reads without a reason of its own is unclear when
/// the packs' best reason belongs to another status ("Keine Absicht, da die Firewall die Ports nicht freigibt").</param>
/// <param name="UnclearJudgedFrom">A note that states no status outright is unclear when the model's status-unclear
/// head (<see cref="Rules.StatusUnclearRule"/>) says yes with at least this probability (above 0; above 1: never) — facts without a status ("Der CISO ist
/// Dr. Weber.") that the reader head would still give one.</param>
/// <param name="StatedUnclearJudgedFrom">A note that states its status and gives a reason the model cannot place inside
/// that status is unclear when the status-unclear head says yes with at least this probability (above 0; above 1:
/// never) — the foreign reason the packs have no words for ("Blockiert, da der Konzern CrowdStrike als Standard
/// gesetzt hat").</param>
/// <param name="ClearReadFrom">A note the reader head reads as one status with at least this probability, a reason
/// as its likeliest label, counts as read clearly: it states its status in other words, so the status-unclear head
/// needs <paramref name="ClearReadUnclearJudgedFrom"/> rather than <paramref name="UnclearJudgedFrom"/> to make it
/// unclear (above 0; above 1: no note counts as read clearly).</param>
/// <param name="ClearReadUnclearJudgedFrom">The status-unclear head's threshold for a note read clearly, where it is
/// higher than <paramref name="UnclearJudgedFrom"/> (above 0; above 1: the head never overrules such a note) —
/// "Customer cannot deploy because the proxy strips Teams media until the new appliance is live." read Blocked 0.98
/// with the infrastructure reason, the head's yes 0.24.</param>
/// <param name="OverruledUnclearJudgedFrom">A note whose stated status the model overrules (it gives that status less
/// than <paramref name="StatedWinsFrom"/>) is unclear when the status-unclear head says yes with at least this
/// probability (above 0; above 1: never) — "Dup – Kunde setzt auf Mimecast.": the model reads the reason's status, the
/// writer stated another.</param>
/// <param name="OpeningLabelWins">A status label that opens the note ("NI – Kunde setzt auf Zoom.", "Blockiert: …";
/// <see cref="DecisionEvidence.OpeningLabel"/>) is the writer's stated status even where the model reads another: the
/// label's status stands and the note is unclear, since its words say another status. Where the model agrees with the
/// label, the label still counts as stated for <paramref name="ForeignReasonUnclear"/> (since the eighteenth session). A
/// model file written before the seventeenth session lacks it and reads it as off (false).</param>
/// <param name="UndeterminedUnclearFrom">A note the decision gives a status is unclear when the reader head gives
/// Undetermined (no status can be read) at least this probability (above 0; above 1: never) — facts the model reads
/// as a status with a doubt its other heads do not voice ("Tenant: 3,900 mailboxes, Exchange 2016 hybrid, AD FS still
/// in place."; the twenty-first session).</param>
/// <param name="VagueWordsOverruledFrom">The packs' broad-area words ("security", "Budget", "Lizenzen") make a reason
/// vague only where the model's vague-reason head does not say no with at least this probability (above 0; above 1: the
/// words always stand) — "Blocked – group security forbids API connectors to third-party SaaS without its own audit.":
/// the words see "security", the note says what security forbids (the thirty-first session; writer CV found 2 106 of the
/// rule's 3 993 findings false, most of them on such notes).</param>
public sealed record DecisionSettings(double UnclearBelow, double StatedWinsFrom, bool ReasonNeedsEvidence, double JudgedAddsFrom, bool ForeignReasonUnclear, double UnclearJudgedFrom, double StatedUnclearJudgedFrom, double ClearReadFrom, double ClearReadUnclearJudgedFrom, double OverruledUnclearJudgedFrom, bool OpeningLabelWins = false, double UndeterminedUnclearFrom = DecisionSettings.Never, double VagueWordsOverruledFrom = DecisionSettings.Never)
{
    /// <summary>A probability threshold no probability reaches (the setting is off). A model file written before a
    /// setting of <see cref="AddedLater"/> existed reads it as this (<see cref="ReaderModelFile.Read"/>).</summary>
    public const double Never = 2.0;

    /// <summary>The thresholds added after models had been written, which an older file (the weights cache's folds
    /// among them) lacks: it was tuned without them, so each reads as <see cref="Never"/> — off.</summary>
    public static readonly IReadOnlyList<string> AddedLater = [nameof(StatedUnclearJudgedFrom), nameof(ClearReadFrom), nameof(ClearReadUnclearJudgedFrom), nameof(OverruledUnclearJudgedFrom), nameof(UndeterminedUnclearFrom), nameof(VagueWordsOverruledFrom)];

    /// <summary>Why these settings cannot be used, or null. Newtonsoft fills a constructor parameter missing from an
    /// older model file with its default, 0, which would add every judged finding; <see cref="ReaderModelFile.Read"/>
    /// reads a missing one of <see cref="AddedLater"/> as <see cref="Never"/>; any other setting missing is refused here.</summary>
    public string? Problem() =>
        JudgedAddsFrom is not (> 0 and <= 1) ? $"JudgedAddsFrom {JudgedAddsFrom} is not in (0, 1]"
        : UnclearJudgedFrom is not > 0 ? $"UnclearJudgedFrom {UnclearJudgedFrom} is not above 0"
        : StatedUnclearJudgedFrom is not > 0 ? $"StatedUnclearJudgedFrom {StatedUnclearJudgedFrom} is not above 0"
        : ClearReadFrom is not > 0 ? $"ClearReadFrom {ClearReadFrom} is not above 0"
        : ClearReadUnclearJudgedFrom is not > 0 ? $"ClearReadUnclearJudgedFrom {ClearReadUnclearJudgedFrom} is not above 0"
        : OverruledUnclearJudgedFrom is not > 0 ? $"OverruledUnclearJudgedFrom {OverruledUnclearJudgedFrom} is not above 0"
        : UndeterminedUnclearFrom is not > 0 ? $"UndeterminedUnclearFrom {UndeterminedUnclearFrom} is not above 0"
        : VagueWordsOverruledFrom is not > 0 ? $"VagueWordsOverruledFrom {VagueWordsOverruledFrom} is not above 0"
        : null;

    /// <summary>The status-unclear head's threshold for a note read clearly: the second one only where it is higher. A
    /// method, not a property: the model file stores the record's properties.</summary>
    public double ClearReadThreshold() => Math.Max(UnclearJudgedFrom, ClearReadUnclearJudgedFrom);
}

/// <summary>What the model was trained on: the corpus hash lets a test prove the committed model is current.</summary>
public sealed record ModelProvenance(string CorpusHash, int Notes, IReadOnlyList<string> CorpusFiles, string Trainer);
