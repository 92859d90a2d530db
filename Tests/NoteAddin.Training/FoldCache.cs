using System.Security.Cryptography;
using System.Text;
using NoteAddin.Checking.Learning;

namespace NoteAddin.Training;

/// <summary>
/// The trained weights of a run — the whole-corpus fit and each cross-validation fold — kept on disk under the
/// training project's obj/ (never committed), keyed by everything the weights depend on: the corpus (its labels and
/// writers), every note's features as the featuriser makes them now (<see cref="TrainingSet.FeatureHash"/>: code and
/// rule packs alike), and the feature and trainer settings. A change to the decision stage alone then re-tunes and
/// rewrites the model in minutes instead of training seven models again; the weights are the same either way
/// (seeded, single-threaded runs), and a change that moves a single feature trains afresh. Each fold is kept the moment
/// it is trained, so a run stopped half-way (a retraining takes most of a session on two cores) leaves its finished folds
/// for the next: a fold trained in another run under the same key is the same fold.
/// </summary>
/// <param name="root">Where the caches live; the training project's obj/weights-cache unless a test gives another.</param>
public sealed class FoldCache(string corpusHash, TrainingSet set, FeatureOptions features, TrainerSettings settings, string? root = null)
{
    private readonly string _directory = Path.Combine(root ?? RepositoryPaths.Combine("Tests", "NoteAddin.Training", "obj", "weights-cache"),
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{corpusHash}|{set.FeatureHash()}|{features}|{settings}|{CrossValidation.MaxFolds}")))[..16]);

    /// <summary>The cache of the training corpus as committed (what `train` fits), <paramref name="set"/> made from it.</summary>
    public static FoldCache ForCommittedCorpus(TrainingSet set, FeatureOptions features, TrainerSettings settings) =>
        new(TrainingCorpus.Hash(TrainingCorpus.Files()), set, features, settings);

    /// <summary>The whole-corpus fit, from the cache when these notes, features and settings made it before.</summary>
    public ReaderModel Whole(Func<ReaderModel> train, TextWriter log)
    {
        var path = Path.Combine(_directory, "whole.model");
        if (File.Exists(path))
        {
            log.WriteLine($"  reusing the whole-corpus weights from {TrainingCorpus.Relative(path)}");
            return ReaderModelFile.Read(path);
        }

        var model = train();
        Keep(model, "whole.model");
        return model;
    }

    /// <summary>The set's folds (<see cref="CrossValidation.Folds"/>), each from the cache when these notes, features and
    /// settings made it before.</summary>
    public IReadOnlyList<CrossValidation.Fold> Folds(TextWriter log) =>
        Folds(log, held => CrossValidation.Train(set, held, features, settings, TrainerSettings.JudgedRules));

    /// <summary>As <see cref="Folds(TextWriter)"/>, with the folds not in the cache trained by <paramref name="train"/>
    /// (the tests give one that needs no ML.NET).</summary>
    public IReadOnlyList<CrossValidation.Fold> Folds(TextWriter log, Func<IReadOnlySet<string>, CrossValidation.Fold> train)
    {
        var held = CrossValidation.Deal(set);
        var folds = new CrossValidation.Fold?[held.Count];
        for (var f = 0; f < held.Count; f++)
        {
            var path = Path.Combine(_directory, FoldFile(f));
            if (File.Exists(path))
            {
                folds[f] = CrossValidation.FoldOf(set, held[f], ReaderModelFile.Read(path));
            }
        }

        var missing = Enumerable.Range(0, held.Count).Where(f => folds[f] is null).ToList();
        var where = TrainingCorpus.Relative(_directory);
        log.WriteLine(missing.Count == 0 ? $"  reusing the folds' weights from {where}"
            : missing.Count == held.Count ? $"  no folds' weights under {where} yet: training them"
            : $"  reusing {held.Count - missing.Count} of {held.Count} folds' weights from {where}; training the other {missing.Count}");
        CrossValidation.TrainSideBySide(set, held, missing, train, (f, fold) =>
        {
            Keep(fold.Model, FoldFile(f));
            folds[f] = fold;
        }, log);
        return folds!;
    }

    private static string FoldFile(int fold) => $"fold-{fold}.model";

    // Written aside and moved into place, so a run stopped half-way never leaves a truncated file to be reused.
    private void Keep(ReaderModel model, string name)
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, name);
        ReaderModelFile.Write(model, path + ".part");
        File.Move(path + ".part", path, overwrite: true);
    }
}
