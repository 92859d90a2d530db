using NoteAddin.Checking;
using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;

namespace NoteAddin.Training;

/// <summary>
/// Cross-validation by writer: each writer's notes are read by a model trained without any of that writer's notes,
/// so the figures say how the reader does on a person it has never read — the honest question for this product.
/// Writers are dealt round-robin into at most <see cref="MaxFolds"/> folds (several writers held out at once). The
/// folds train side by side, one per core: each is its own single-threaded, seeded ML.NET run, so the weights do
/// not depend on how many run at once.
/// </summary>
public static class CrossValidation
{
    public const int MaxFolds = 6;

    public sealed record Fold(string HeldOut, ReaderModel Model, TrainingSet Test);

    public static IReadOnlyList<Fold> Folds(TrainingSet set, FeatureOptions features, TrainerSettings settings, TextWriter? log = null)
    {
        var held = Deal(set);
        var folds = new Fold[held.Count];
        TrainSideBySide(set, held, Enumerable.Range(0, held.Count).ToList(),
            h => Train(set, h, features, settings, TrainerSettings.JudgedRules), (f, fold) => folds[f] = fold, log);
        return folds;
    }

    /// <summary>The folds numbered <paramref name="which"/> (of <paramref name="held"/>, as <see cref="Deal"/> gives them),
    /// trained one per core by <paramref name="train"/>; each goes to <paramref name="trained"/> as soon as it is done.</summary>
    public static void TrainSideBySide(TrainingSet set, IReadOnlyList<IReadOnlySet<string>> held, IReadOnlyList<int> which,
        Func<IReadOnlySet<string>, Fold> train, Action<int, Fold> trained, TextWriter? log)
    {
        var gate = new object();
        Parallel.ForEach(which, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f =>
        {
            var reading = set.Notes.Count(n => held[f].Contains(n.Source));
            lock (gate)
            {
                log?.WriteLine($"  fold {string.Join("+", held[f])}: training on {set.Notes.Count - reading}, reading {reading}");
            }

            var fold = train(held[f]);
            lock (gate)
            {
                trained(f, fold);
            }
        });
    }

    /// <summary>One fold: a model trained on every writer but <paramref name="held"/>, with their notes to read.</summary>
    public static Fold Train(TrainingSet set, IReadOnlySet<string> held, FeatureOptions features, TrainerSettings settings, IReadOnlyList<string> judged)
    {
        var train = set.Where(n => !held.Contains(n.Source));
        var trained = ModelTrainer.Train(train.Rows, features, Defaults, Provenance("cross-validation fold"), settings, train.Rules, judged);
        return FoldOf(set, held, trained.Model);
    }

    /// <summary>Which writers each fold holds out: dealt round-robin in name order.</summary>
    public static IReadOnlyList<IReadOnlySet<string>> Deal(TrainingSet set)
    {
        var sources = set.Notes.Select(n => n.Source).Distinct().OrderBy(s => s, StringComparer.Ordinal).ToList();
        return Enumerable.Range(0, Math.Min(MaxFolds, sources.Count))
            .Select(f => (IReadOnlySet<string>)sources.Where((_, i) => i % MaxFolds == f).ToHashSet())
            .ToList();
    }

    public static Fold FoldOf(TrainingSet set, IReadOnlySet<string> held, ReaderModel model) =>
        new(string.Join("+", held), model, set.Where(n => held.Contains(n.Source)));

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

    public static readonly DecisionSettings Defaults = new(UnclearBelow: 0.4, StatedWinsFrom: 0.15, ReasonNeedsEvidence: true, JudgedAddsFrom: Checking.Reading.RuleJudgements.Fires, ForeignReasonUnclear: false, UnclearJudgedFrom: Never, StatedUnclearJudgedFrom: Never, ClearReadFrom: Never, ClearReadUnclearJudgedFrom: Never, OverruledUnclearJudgedFrom: Never);

    /// <summary>A probability setting above 1: the model's word never reaches it.</summary>
    public const double Never = DecisionSettings.Never;

    private static ModelProvenance Provenance(string what) => new(what, 0, Array.Empty<string>(), "");
}
