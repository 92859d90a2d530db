using NoteAddin.Checking;
using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;

namespace NoteAddin.Training;

/// <summary>
/// Leave-one-writer-out cross-validation: each writer's notes are read by a model trained on everyone else's, so
/// the figures say how the reader does on a person it has never read — the honest question for this product.
/// </summary>
public static class CrossValidation
{
    public sealed record Fold(string HeldOut, ReaderModel Model, TrainingSet Test);

    public static IReadOnlyList<Fold> Folds(TrainingSet set, FeatureOptions features, TrainerSettings settings, TextWriter? log = null)
    {
        var folds = new List<Fold>();
        foreach (var source in set.Notes.Select(n => n.Source).Distinct().OrderBy(s => s, StringComparer.Ordinal))
        {
            var train = set.Where(n => n.Source != source);
            var test = set.Where(n => n.Source == source);
            log?.WriteLine($"  fold {source}: training on {train.Rows.Count}, reading {test.Rows.Count}");
            var trained = ModelTrainer.Train(train.Rows, features, Defaults, Provenance("cross-validation fold"), settings);
            folds.Add(new Fold(source, trained.Model, test));
        }

        return folds;
    }

    /// <summary>Every held-out note with the result of the fold model that never saw its writer.</summary>
    public static IReadOnlyList<(LabelledNote Note, CheckResult Result)> Read(IReadOnlyList<Fold> folds, IReadOnlyDictionary<string, CompiledPack> packs, DecisionSettings decision)
    {
        var results = new List<(LabelledNote, CheckResult)>();
        foreach (var fold in folds)
        {
            var checker = new NoteChecker(packs, new LearnedDecider(fold.Model.WithDecision(decision)));
            results.AddRange(fold.Test.Notes.Select(n => (n, checker.Check(new NoteInput(n.Text, null, n.Workload)))));
        }

        return results;
    }

    public static readonly DecisionSettings Defaults = new(UnclearBelow: 0.4, StatedStatusWins: false, ReasonNeedsEvidence: true);

    private static ModelProvenance Provenance(string what) => new(what, 0, Array.Empty<string>(), "");
}
