using Microsoft.ML.Data;
using NoteAddin.Checking;
using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Training;

/// <summary>
/// Runs the real reader over a labelled note and keeps the feature vector the model will see — the same
/// <see cref="NoteFeaturizer"/> the service's scorer runs, so training and serving cannot drift apart.
/// </summary>
public sealed class FeatureCapture : IStatusDecider
{
    private readonly FeatureOptions _options;
    private readonly NoteChecker _checker;
    private VBuffer<float> _last;

    public FeatureCapture(IReadOnlyDictionary<string, Checking.Packs.CompiledPack> packs, FeatureOptions options)
    {
        _options = options;
        _checker = new NoteChecker(packs, this);
    }

    public VBuffer<float> Features(LabelledNote note)
    {
        // An empty note never reaches the decision stage (the reader stops early): it has no features at all, which
        // is an all-zero vector of the model's width, not a zero-length one (ML.NET refuses those when scoring).
        _last = new VBuffer<float>(_options.Dimension, 0, [], []);
        _checker.Check(new NoteInput(note.Text, null, note.Workload));
        return _last;
    }

    public StatusDecision Decide(NoteReading reading, DecisionEvidence evidence)
    {
        var sink = new TrainingSink(new SortedDictionary<int, float>(), new SortedDictionary<int, float>());
        NoteFeaturizer.Extract(reading, evidence, _options, ref sink);
        _last = sink.ToVector(_options);
        return RuleDecider.Instance.Decide(reading, evidence);
    }

    /// <summary>n-gram counts scaled by 1/√(number of n-grams), cue values as given — what ReaderModel.Score computes.</summary>
    private struct TrainingSink(SortedDictionary<int, float> text, SortedDictionary<int, float> cues) : IFeatureSink
    {
        private int _textCount;

        public void AddText(uint hash)
        {
            _textCount++;
            text[(int)hash] = text.GetValueOrDefault((int)hash) + 1;
        }

        public void AddCue(uint hash, float value) => cues[(int)hash] = cues.GetValueOrDefault((int)hash) + value;

        public readonly VBuffer<float> ToVector(FeatureOptions options)
        {
            var values = new SortedDictionary<int, float>();
            var scale = _textCount > 0 ? 1f / MathF.Sqrt(_textCount) : 0f;
            foreach (var (hash, count) in text)
            {
                var bucket = options.TextBucket((uint)hash);
                values[bucket] = values.GetValueOrDefault(bucket) + count * scale;
            }

            foreach (var (hash, value) in cues)
            {
                var bucket = options.CueBucket((uint)hash);
                values[bucket] = values.GetValueOrDefault(bucket) + value;
            }

            return new VBuffer<float>(options.Dimension, values.Count, values.Values.ToArray(), values.Keys.ToArray());
        }
    }
}
