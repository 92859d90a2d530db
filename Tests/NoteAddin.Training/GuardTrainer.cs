using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using NoteAddin.Checking;
using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;

namespace NoteAddin.Training;

/// <summary>
/// Trains the grade guard (<see cref="GradeGuard"/>) on the cross-validation folds: every held-out note the decision
/// grades Good, with the guard's features as the fold's model read them, labelled by whether its writer graded it
/// Bad. One guard per fold, fitted on the other folds' notes, reads that fold's notes as the service would read a
/// stranger's; the threshold is chosen on those readings by the decision tuner's objective; the guard the model file
/// keeps is fitted on every fold's notes. ML.NET FastTree, one thread, fixed seed: the same folds give the same trees.
/// </summary>
public static class GuardTrainer
{
    // The twenty-fourth session's probe (writer CV): 50 to 400 trees of 8 or 16 leaves traded alike (72–76 Bad notes
    // caught from 0.3, for 58–97 Good ones graded down); 100 trees of 8 leaves sit in the middle, a few hundred
    // comparisons a note.
    public const int Trees = 100, Leaves = 8;

    // Off first, so the guard is only used where it scores better. Stops at 0.3 for the reason the tuner's other grids
    // stop where they do: below it, more right grades are lost than Bad notes caught.
    private static readonly double[] Thresholds = [DecisionSettings.Never, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3];

    /// <summary>The guard for the model file (<see cref="Whole"/>) and the folds, each model with the guard trained
    /// without its writers, for the accuracy report's cross-validated figures.</summary>
    public sealed record Trained(GradeGuard Whole, IReadOnlyList<CrossValidation.Fold> Folds);

    /// <summary>The training run's: the threshold chosen on the folds, and the guard fitted on every fold's notes.</summary>
    public static Trained Train(IReadOnlyList<CrossValidation.Fold> folds, IReadOnlyDictionary<string, CompiledPack> packs, DecisionSettings decision, TextWriter log)
    {
        var fitted = FitFolds(folds, packs, decision, log);
        var chosen = Choose(fitted, log);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"grade guard: from {chosen}; fitting it on every fold's notes…"));
        return new Trained(Fit(fitted.Rows, fitted.Width) with { Threshold = chosen }, fitted.Attach(folds, chosen));
    }

    /// <summary>The folds, each model with its own guard and no guard for the whole corpus: for the report, which refits a
    /// committed model's folds at its <paramref name="threshold"/>, and for experiments, which choose one (null).</summary>
    public static IReadOnlyList<CrossValidation.Fold> Guarded(IReadOnlyList<CrossValidation.Fold> folds, IReadOnlyDictionary<string, CompiledPack> packs, DecisionSettings decision, TextWriter log, double? threshold = null)
    {
        var fitted = FitFolds(folds, packs, decision, log);
        return fitted.Attach(folds, threshold ?? Choose(fitted, log));
    }

    // Every held-out note read by its fold's model, the rows of those graded Good, and one guard per fold fitted on the
    // other folds' rows.
    private sealed record FoldFits(List<HeldOut> Reads, List<Row?> RowOf, List<Row> Rows, int Width, GradeGuard[] PerFold)
    {
        // The probability the guard of the row's own fold gives it: what a stranger's note would get.
        public double Probability(Row row) => PerFold[row.Fold].Probability(row.Features);

        public List<CrossValidation.Fold> Attach(IReadOnlyList<CrossValidation.Fold> folds, double threshold) =>
            folds.Select((fold, f) => fold with { Model = fold.Model.WithGuard(PerFold[f] with { Threshold = threshold }) }).ToList();
    }

    private static FoldFits FitFolds(IReadOnlyList<CrossValidation.Fold> folds, IReadOnlyDictionary<string, CompiledPack> packs, DecisionSettings decision, TextWriter log)
    {
        var reads = folds.Select((fold, f) => Read(fold, f, packs, decision)).SelectMany(r => r).ToList();
        var rowOf = reads.Select(r => r.Features is not null && r.Result.Grade == Grade.Good
            ? new Row { Features = r.Features, Label = r.Note.Grade == nameof(Grade.Bad), Fold = r.Fold }
            : null).ToList();
        var rows = rowOf.OfType<Row>().ToList();
        var width = GuardFeatures.Width(folds[0].Model.JudgedRules.Length);
        log.WriteLine($"grade guard: {rows.Count} held-out notes graded Good, {rows.Count(r => r.Label)} of them labelled Bad; {Trees} trees of {Leaves} leaves per fold…");
        var perFold = Enumerable.Range(0, folds.Count).Select(f => Fit(rows.Where(r => r.Fold != f), width)).ToArray();
        return new FoldFits(reads, rowOf, rows, width, perFold);
    }

    // Each threshold's objective on the folds, with the notes the fold's guard flags graded Bad (as the checker would);
    // the first best wins.
    private static double Choose(FoldFits fitted, TextWriter log)
    {
        var probability = fitted.Rows.ToDictionary(r => r, fitted.Probability);
        log.WriteLine("| guard from | Bad caught | Good graded down | Incomplete graded down | objective |");
        log.WriteLine("|---|---:|---:|---:|---:|");
        var best = (Threshold: DecisionSettings.Never, Score: double.MinValue);
        foreach (var threshold in Thresholds)
        {
            bool Flagged(int i) => fitted.RowOf[i] is { } row && probability[row] >= threshold;
            var results = fitted.Reads.Select((r, i) => (r.Note, Flagged(i) ? r.Result with { Grade = Grade.Bad } : r.Result)).ToList();
            var flagged = fitted.Reads.Where((_, i) => Flagged(i)).Select(r => r.Note.Grade).ToList();
            var score = DecisionTuner.Objective(results);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {(threshold > 1 ? "off" : threshold.ToString(CultureInfo.InvariantCulture))} | {flagged.Count(g => g == nameof(Grade.Bad))} | {flagged.Count(g => g == nameof(Grade.Good))} | {flagged.Count(g => g == nameof(Grade.Incomplete))} | {score:0.0000} |"));
            best = score > best.Score ? (threshold, score) : best;
        }

        return best.Threshold;
    }

    /// <summary>Trees fitted on <paramref name="rows"/>, in the service's form (threshold off until one is chosen).</summary>
    public static GradeGuard Fit(IEnumerable<Row> rows, int width)
    {
        var model = FitMlNet(rows, width).Model.Model;
        return Export(model.SubModel, model.Calibrator);
    }

    /// <summary>ML.NET's own probability for each row of <paramref name="read"/>, trees fitted on <paramref name="train"/>:
    /// what the service's scorer is held to (a test).</summary>
    public static float[] MlNetProbabilities(IEnumerable<Row> train, IEnumerable<Row> read, int width)
    {
        var (ml, schema, model) = FitMlNet(train, width);
        return model.Transform(ml.Data.LoadFromEnumerable(read, schema)).GetColumn<float>("Probability").ToArray();
    }

    private static (MLContext Ml, SchemaDefinition Schema, BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> Model) FitMlNet(IEnumerable<Row> rows, int width)
    {
        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfLeaves = Leaves,
            NumberOfTrees = Trees,
            MinimumExampleCountPerLeaf = 20,
            LearningRate = 0.1,
            NumberOfThreads = 1,
            Seed = 1,
        });
        return (ml, schema, trainer.Fit(ml.Data.LoadFromEnumerable(rows, schema)));
    }

    private static GradeGuard Export(FastTreeBinaryModelParameters trees, PlattCalibrator calibrator)
    {
        var ensemble = trees.TrainedTreeEnsemble;
        var exported = ensemble.Trees.Select((tree, t) =>
        {
            if (tree.CategoricalSplitFlags.Any(c => c))
            {
                throw new InvalidOperationException("a categorical split, which the service's trees do not read");
            }

            return new GuardTree([.. tree.NumericalSplitFeatureIndexes], [.. tree.NumericalSplitThresholds], [.. tree.LeftChild], [.. tree.RightChild], [.. tree.LeafValues], ensemble.TreeWeights[t]);
        }).ToList();
        return new GradeGuard(exported, ensemble.Bias, calibrator.Slope, calibrator.Offset, DecisionSettings.Never);
    }

    private sealed record HeldOut(LabelledNote Note, CheckResult Result, float[]? Features, int Fold);

    // Every held-out note of one fold, read by the fold's model with the chosen decision, with the guard's features.
    private static List<HeldOut> Read(CrossValidation.Fold fold, int f, IReadOnlyDictionary<string, CompiledPack> packs, DecisionSettings decision)
    {
        var capture = new Capture();
        var checker = new NoteChecker(packs, new LearnedDecider(fold.Model.WithDecision(decision).WithGuard(null), capture));
        return fold.Test.Notes.Select(n =>
        {
            capture.Last = null;
            var result = checker.Check(new NoteInput(n.Text, null, n.Workload));
            return new HeldOut(n, result, capture.Last, f);
        }).ToList();
    }

    private sealed class Capture : IGuardFeatureSink
    {
        public float[]? Last { get; set; }

        public void Read(ReadOnlySpan<float> features) => Last = features.ToArray();
    }

    public sealed class Row
    {
        [VectorType]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }

        public int Fold { get; set; }
    }
}
