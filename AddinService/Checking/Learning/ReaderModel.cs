using System.Numerics;
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

    private readonly float[] _weights;
    private readonly float[] _biases;

    public ReaderModel(FeatureOptions features, DecisionSettings decision, ModelProvenance provenance, IReadOnlyList<ModelHead> heads, float[] biases, IReadOnlyDictionary<int, float[]> rows)
    {
        Features = features;
        Decision = decision;
        Provenance = provenance;
        Heads = heads;
        Labels = heads[0].Labels;
        LabelStatus = Labels.Select(l => Enum.Parse<NoteStatus>(l.Split(LabelSeparator)[0])).ToArray();
        LabelL2 = Labels.Select(l => l.IndexOf(LabelSeparator) is var i and >= 0 ? l[(i + 1)..] : null).ToArray();
        Classes = heads.Sum(h => h.Labels.Length);
        JudgedRules = heads.Skip(1).Select(h => h.Name.StartsWith(RuleHeadPrefix, StringComparison.Ordinal) ? h.Name[RuleHeadPrefix.Length..] : h.Name).ToArray();
        _biases = biases;

        // One row of class weights per feature bucket, padded to whole vectors so a row adds in a few SIMD steps.
        Stride = (Classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        _weights = new float[features.Dimension * Stride];
        foreach (var (bucket, row) in rows)
        {
            row.CopyTo(_weights, bucket * Stride);
        }

    }

    private ReaderModel(ReaderModel other, DecisionSettings decision)
    {
        Features = other.Features;
        Decision = decision;
        Provenance = other.Provenance;
        Heads = other.Heads;
        Labels = other.Labels;
        Classes = other.Classes;
        JudgedRules = other.JudgedRules;
        LabelStatus = other.LabelStatus;
        LabelL2 = other.LabelL2;
        Stride = other.Stride;
        _weights = other._weights;
        _biases = other._biases;
    }

    public FeatureOptions Features { get; }

    public DecisionSettings Decision { get; }

    public ModelProvenance Provenance { get; }

    /// <summary>Name prefix of a head that judges one rule ("rule:vague-reason"); its labels are "no", "yes".</summary>
    public const string RuleHeadPrefix = "rule:";

    public IReadOnlyList<ModelHead> Heads { get; }

    /// <summary>The first head's labels: status or status|L2.</summary>
    public string[] Labels { get; }

    /// <summary>All heads' labels together: the width of a weight row before padding.</summary>
    public int Classes { get; }

    /// <summary>The rule ids the further heads judge, in head order (head i + 1).</summary>
    public string[] JudgedRules { get; }

    public NoteStatus[] LabelStatus { get; }

    public string?[] LabelL2 { get; }

    /// <summary>Class count rounded up to whole SIMD vectors: the length <see cref="Score"/> needs.</summary>
    public int Stride { get; }

    /// <summary>The non-zero weight rows by bucket (what the model file stores), read back from the dense table on
    /// demand: the service keeps one copy of the weights, not two.</summary>
    public IReadOnlyDictionary<int, float[]> Rows
    {
        get
        {
            var rows = new SortedDictionary<int, float[]>();
            for (var bucket = 0; bucket < Features.Dimension; bucket++)
            {
                var row = _weights.AsSpan(bucket * Stride, Classes);
                if (row.ContainsAnyExcept(0f))
                {
                    rows[bucket] = row.ToArray();
                }
            }

            return rows;
        }
    }

    public ReadOnlySpan<float> Biases => _biases;

    /// <summary>The same weights with other decision settings (the trainer tries several on held-out folds).</summary>
    public ReaderModel WithDecision(DecisionSettings decision) => new(this, decision);

    /// <summary>Each head's class probabilities of one note into <paramref name="probabilities"/> (length ≥
    /// <see cref="Stride"/>; head h's classes start at its <see cref="ModelHead.Offset"/>).</summary>
    public void Score(NoteReading reading, DecisionEvidence evidence, Span<float> probabilities)
    {
        Span<float> text = stackalloc float[Stride];
        Span<float> cues = stackalloc float[Stride];
        text.Clear();
        cues.Clear();
        var sink = new ScoringSink(_weights, Stride, Features, text, cues);
        NoteFeaturizer.Extract(reading, evidence, Features, ref sink);

        // The trainer scales the n-gram group to unit length by its count (see TrainingSink); the same here.
        var scale = sink.TextCount > 0 ? 1f / MathF.Sqrt(sink.TextCount) : 0f;
        for (var k = 0; k < Classes; k++)
        {
            probabilities[k] = _biases[k] + text[k] * scale + cues[k];
        }

        foreach (var head in Heads)
        {
            Softmax(probabilities.Slice(head.Offset, head.Labels.Length));
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

    private ref struct ScoringSink : IFeatureSink
    {
        private readonly float[] _weights;
        private readonly int _stride;
        private readonly FeatureOptions _options;
        private readonly Span<Vector<float>> _text;
        private readonly Span<Vector<float>> _cues;

        public ScoringSink(float[] weights, int stride, FeatureOptions options, Span<float> text, Span<float> cues)
        {
            _weights = weights;
            _stride = stride;
            _options = options;
            _text = MemoryMarshal.Cast<float, Vector<float>>(text);
            _cues = MemoryMarshal.Cast<float, Vector<float>>(cues);
            TextCount = 0;
        }

        public int TextCount { get; private set; }

        public void AddText(uint hash)
        {
            var row = MemoryMarshal.Cast<float, Vector<float>>(_weights.AsSpan(_options.TextBucket(hash) * _stride, _stride));
            for (var v = 0; v < row.Length; v++)
            {
                _text[v] += row[v];
            }

            TextCount++;
        }

        public void AddCue(uint hash, float value)
        {
            var row = MemoryMarshal.Cast<float, Vector<float>>(_weights.AsSpan(_options.CueBucket(hash) * _stride, _stride));
            for (var v = 0; v < row.Length; v++)
            {
                _cues[v] += row[v] * value;
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
public sealed record DecisionSettings(double UnclearBelow, double StatedWinsFrom, bool ReasonNeedsEvidence);

/// <summary>What the model was trained on: the corpus hash lets a test prove the committed model is current.</summary>
public sealed record ModelProvenance(string CorpusHash, int Notes, IReadOnlyList<string> CorpusFiles, string Trainer);
