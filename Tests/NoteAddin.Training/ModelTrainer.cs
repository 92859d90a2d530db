using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using NoteAddin.Checking.Learning;

namespace NoteAddin.Training;

/// <summary>A note ready for ML.NET: its feature vector and its label ("Blocked" or "Blocked|Legal/Regulatory").</summary>
public sealed class TrainingRow
{
    public VBuffer<float> Features { get; set; }

    public string Label { get; set; } = "";
}

/// <summary>ML.NET's maximum-entropy (multinomial logistic regression) trainer settings. L-BFGS is deterministic
/// run to run (TOOLCHAIN.md), so a fixed seed and one thread reproduce the model bit for bit.</summary>
public sealed record TrainerSettings(float L1, float L2, int Iterations, float Tolerance, int Seed)
{
    /// <summary>Regularisation chosen by leave-one-writer-out experiments (`experiment`): weaker than ML.NET's
    /// defaults (1, 1), which cost about three points of status on a held-out writer; 0.0005/0.002 and 0.002/0.01
    /// were within noise of each other.</summary>
    public static readonly TrainerSettings Default = new(L1: 0.002f, L2: 0.01f, Iterations: 300, Tolerance: 1e-6f, Seed: 1);

    /// <summary>Rules whose firing the model judges ("is this reason vague?"), each a no/yes head of its own: the ones
    /// whose word-list conditions missed most often against the writers' labels in cross-validation, and the two Error
    /// rules behind most Bad notes read as Good there (a reason that is no reason; an unreachable customer with no
    /// attempt named), and a list of areas with no primary issue, the next one behind them. status-unclear has a head
    /// that the decision stage reads only for notes that state no status (facts without one); ungated, a head learned
    /// from the stated-status-with-another-status's-reason notes called plain notes ("Kunde ist blockiert, weil der
    /// Proxy … unterbricht.") unclear. It took missing-duplicate-reason's place (a Warning the words find well) to keep
    /// the model at 32 weight columns, four SIMD vectors (ReaderModel's scorer); a no/yes head costs one column.</summary>
    public static readonly IReadOnlyList<string> JudgedRules = ["vague-reason", "engagement-info", "missing-progress-detail", Checking.Rules.StatusUnclearRule.RuleId, "missing-reason", "no-contact-attempts", "no-primary-issue"];

    public override string ToString() => $"ML.NET LbfgsMaximumEntropy L1={L1} L2={L2} iterations≤{Iterations} tolerance={Tolerance} seed={Seed}; judged rules: {string.Join(", ", JudgedRules)}";
}

/// <summary>Trains with ML.NET and exports the weights into a <see cref="ReaderModel"/> the service scores itself.</summary>
public static class ModelTrainer
{
    /// <summary>One head as ML.NET trained it, with the labels in ML.NET's key order.</summary>
    public sealed record TrainedHead(string Name, string[] Labels, float[] Biases, VBuffer<float>[] Weights, ITransformer MlNet);

    public sealed record Trained(ReaderModel Model, IReadOnlyList<TrainedHead> Heads, MLContext Context, SchemaDefinition Schema);

    public static SchemaDefinition Schema(FeatureOptions options)
    {
        var schema = SchemaDefinition.Create(typeof(TrainingRow));
        schema[nameof(TrainingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, options.Dimension);
        return schema;
    }

    /// <summary>The reader head (status|L2) from <paramref name="rows"/>; one no/yes head per rule in
    /// <paramref name="judged"/> from the same features, labelled by whether the note's writer raised that rule.</summary>
    public static Trained Train(IReadOnlyList<TrainingRow> rows, FeatureOptions features, DecisionSettings decision, ModelProvenance provenance, TrainerSettings settings, IReadOnlyList<IReadOnlyList<string>>? rules = null, IReadOnlyList<string>? judged = null)
    {
        var ml = new MLContext(seed: settings.Seed);
        var schema = Schema(features);
        var heads = new List<TrainedHead> { TrainHead(ml, schema, "reader", rows, settings) };
        foreach (var rule in judged ?? [])
        {
            var ruleRows = rows.Select((r, i) => new TrainingRow { Features = r.Features, Label = rules![i].Contains(rule) ? "yes" : "no" }).ToList();
            heads.Add(TrainHead(ml, schema, ReaderModel.RuleHeadPrefix + rule, ruleRows, settings));
        }

        return new Trained(Assemble(heads, features, decision, provenance), heads, ml, schema);
    }

    private static TrainedHead TrainHead(MLContext ml, SchemaDefinition schema, string name, IReadOnlyList<TrainingRow> rows, TrainerSettings settings)
    {
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var pipeline = ml.Transforms.Conversion
            .MapValueToKey("LabelKey", nameof(TrainingRow.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = nameof(TrainingRow.Features),
                L1Regularization = settings.L1,
                L2Regularization = settings.L2,
                MaximumNumberOfIterations = settings.Iterations,
                OptimizationTolerance = settings.Tolerance,
                NumberOfThreads = 1,
            }));
        var fitted = pipeline.Fit(data);

        VBuffer<ReadOnlyMemory<char>> keys = default;
        fitted.Transform(data).Schema["LabelKey"].GetKeyValues(ref keys);
        var labels = keys.DenseValues().Select(k => k.ToString()).ToArray();

        var parameters = fitted.LastTransformer.Model;
        VBuffer<float>[] weights = null!;
        parameters.GetWeights(ref weights, out var classes);
        if (classes != labels.Length)
        {
            throw new InvalidOperationException($"ML.NET returned {classes} classes for {labels.Length} labels of head {name}");
        }

        return new TrainedHead(name, labels, parameters.GetBiases().ToArray(), weights, fitted);
    }

    // Every head's columns side by side in one row per bucket: the scorer looks a bucket up once for all heads. A
    // head of two labels keeps one column, the second label's weight minus the first's (ReaderModel.Columns).
    private static ReaderModel Assemble(IReadOnlyList<TrainedHead> heads, FeatureOptions features, DecisionSettings decision, ModelProvenance provenance)
    {
        var modelHeads = new List<ModelHead>();
        var offset = 0;
        foreach (var head in heads)
        {
            modelHeads.Add(new ModelHead(head.Name, offset, head.Labels));
            offset += head.Labels.Length;
        }

        var columns = modelHeads.Sum(ReaderModel.ColumnsOf);
        var biases = new float[columns];
        var rows = new SortedDictionary<int, float[]>();
        var column = 0;
        for (var h = 0; h < heads.Count; h++)
        {
            var binary = heads[h].Labels.Length == 2;
            for (var k = 0; k < heads[h].Labels.Length; k++)
            {
                // Binary: + the second label's weights, − the first's, into the head's one column.
                var (target, sign) = binary ? (column, k == 0 ? -1f : 1f) : (column + k, 1f);
                biases[target] += sign * heads[h].Biases[k];
                foreach (var (bucket, weight) in heads[h].Weights[k].Items())
                {
                    if (weight == 0)
                    {
                        continue;
                    }

                    if (!rows.TryGetValue(bucket, out var row))
                    {
                        rows[bucket] = row = new float[columns];
                    }

                    row[target] += sign * weight;
                }
            }

            column += ReaderModel.ColumnsOf(modelHeads[h]);
        }

        return new ReaderModel(features, decision, provenance, modelHeads, biases, rows);
    }

    /// <summary>ML.NET's own class probabilities of one head for each row (the parity test compares the scorer with
    /// these). Row by row through a PredictionEngine: a bulk transform splits the rows over worker threads, which
    /// failed intermittently on our in-memory rows.</summary>
    public static IReadOnlyList<float[]> MlNetProbabilities(Trained trained, TrainedHead head, IReadOnlyList<TrainingRow> rows)
    {
        using var engine = trained.Context.Model.CreatePredictionEngine<TrainingRow, ScoredRow>(head.MlNet, inputSchemaDefinition: trained.Schema);
        return rows.Select(r => engine.Predict(r).Score.ToArray()).ToList();
    }

    private sealed class ScoredRow
    {
        public float[] Score { get; set; } = [];
    }
}
