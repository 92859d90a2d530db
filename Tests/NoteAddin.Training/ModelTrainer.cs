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
    public static readonly TrainerSettings Default = new(L1: 0.02f, L2: 0.05f, Iterations: 300, Tolerance: 1e-6f, Seed: 1);

    public override string ToString() => $"ML.NET LbfgsMaximumEntropy L1={L1} L2={L2} iterations≤{Iterations} tolerance={Tolerance} seed={Seed}";
}

/// <summary>Trains with ML.NET and exports the weights into a <see cref="ReaderModel"/> the service scores itself.</summary>
public static class ModelTrainer
{
    public sealed record Trained(ReaderModel Model, ITransformer MlNet, MLContext Context, SchemaDefinition Schema);

    public static SchemaDefinition Schema(FeatureOptions options)
    {
        var schema = SchemaDefinition.Create(typeof(TrainingRow));
        schema[nameof(TrainingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, options.Dimension);
        return schema;
    }

    public static Trained Train(IReadOnlyList<TrainingRow> rows, FeatureOptions features, DecisionSettings decision, ModelProvenance provenance, TrainerSettings settings)
    {
        var ml = new MLContext(seed: settings.Seed);
        var schema = Schema(features);
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
        var biases = parameters.GetBiases().ToArray();
        if (classes != labels.Length)
        {
            throw new InvalidOperationException($"ML.NET returned {classes} classes for {labels.Length} labels");
        }

        var rowsByBucket = new SortedDictionary<int, float[]>();
        for (var k = 0; k < classes; k++)
        {
            foreach (var (bucket, weight) in weights[k].Items())
            {
                if (weight == 0)
                {
                    continue;
                }

                if (!rowsByBucket.TryGetValue(bucket, out var row))
                {
                    rowsByBucket[bucket] = row = new float[classes];
                }

                row[k] = weight;
            }
        }

        var model = new ReaderModel(features, decision, provenance, labels, biases, rowsByBucket);
        return new Trained(model, fitted, ml, schema);
    }

    /// <summary>ML.NET's own class probabilities for each row (the parity test compares the scorer with these).</summary>
    public static IReadOnlyList<float[]> MlNetProbabilities(Trained trained, IReadOnlyList<TrainingRow> rows)
    {
        var scored = trained.MlNet.Transform(trained.Context.Data.LoadFromEnumerable(rows, trained.Schema));
        return scored.GetColumn<VBuffer<float>>("Score").Select(v => v.DenseValues().ToArray()).ToList();
    }
}
