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
/// (seeded, single-threaded runs), and a change that moves a single feature trains afresh.
/// </summary>
public sealed class FoldCache(string corpusHash, TrainingSet set, FeatureOptions features, TrainerSettings settings)
{
    private readonly string _directory = RepositoryPaths.Combine("Tests", "NoteAddin.Training", "obj", "weights-cache",
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

    /// <summary>The set's folds (<see cref="CrossValidation.Folds"/>), from the cache when these notes, features and settings made them before.</summary>
    public IReadOnlyList<CrossValidation.Fold> Folds(TextWriter log)
    {
        var held = CrossValidation.Deal(set);
        if (Enumerable.Range(0, held.Count).All(f => File.Exists(Path.Combine(_directory, $"fold-{f}.model"))))
        {
            log.WriteLine($"  reusing the folds' weights from {TrainingCorpus.Relative(_directory)}");
            return held.Select((h, f) => CrossValidation.FoldOf(set, h, ReaderModelFile.Read(Path.Combine(_directory, $"fold-{f}.model")))).ToList();
        }

        log.WriteLine($"  no folds' weights under {TrainingCorpus.Relative(_directory)} yet: training them");
        var folds = CrossValidation.Folds(set, features, settings, log);
        for (var f = 0; f < folds.Count; f++)
        {
            Keep(folds[f].Model, $"fold-{f}.model");
        }

        return folds;
    }

    // Written aside and moved into place, so a run stopped half-way never leaves a truncated file to be reused.
    private void Keep(ReaderModel model, string name)
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, name);
        ReaderModelFile.Write(model, path + ".part");
        File.Move(path + ".part", path, overwrite: true);
    }
}
