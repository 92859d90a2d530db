using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Packs;

namespace NoteAddin.Training;

/// <summary>
/// train [--out FILE]: cross-validates by writer to choose the decision settings and train the grade guard, fits the
/// model on the whole training corpus (fixed seed, one thread) and writes the model file (default
/// AddinService/Model/reader.model).
/// </summary>
public static class TrainingProgram
{
    public static int Main(string[] args)
    {
        if (args is ["fingerprint"])
        {
            return Fingerprint.Run(Console.Out);
        }

        if (args is ["experiment", ..])
        {
            return Experiment.Run(args, Console.Out);
        }

        if (args.Length == 0 || args[0] != "train")
        {
            Console.Error.WriteLine("usage: train [--out FILE] [--no-tuning] | experiment [options, see Experiment.cs]");
            return 2;
        }

        var output = CommandLine.Value(args, "--out") ?? RepositoryPaths.ModelFile;
        Trainer.TrainAndWrite(Console.Out, output, tune: !args.Contains("--no-tuning"));
        return 0;
    }
}

/// <summary>The whole training run, callable from the command and from the reproducibility test.</summary>
public static class Trainer
{
    public static IReadOnlyDictionary<string, CompiledPack> Packs() => RulePackSet.Load(RepositoryPaths.RulePacks);

    /// <summary>What a training run produced: the model, and the cross-validation folds that chose its decision
    /// settings (empty without tuning) — the accuracy report reads the corpus with these rather than training them again.</summary>
    public sealed record Run(ReaderModel Model, IReadOnlyList<CrossValidation.Fold> Folds);

    /// <summary>Trains from the corpus and writes the model file (default AddinService/Model/reader.model).</summary>
    public static Run TrainAndWrite(TextWriter log, string? output = null, bool tune = true)
    {
        output ??= RepositoryPaths.ModelFile;
        var run = TrainFromCorpus(log, tune);
        var model = run.Model;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        ReaderModelFile.Write(model, output);
        log.WriteLine($"wrote {TrainingCorpus.Relative(Path.GetFullPath(output))}: {model.Heads.Count} heads, {model.Classes} classes, {model.Columns} columns, {model.Rows.Count} weight rows, {new FileInfo(output).Length / 1024} KB");
        return run;
    }

    public static Run TrainFromCorpus(TextWriter log, bool tune = true)
    {
        var files = TrainingCorpus.Files();
        var notes = LabelledNotes.LoadFiles(files);
        var packs = Packs();
        var features = FeatureOptions.Default;
        var settings = TrainerSettings.Default;
        log.WriteLine($"{notes.Count} notes from {files.Count} files; featurising…");
        var set = TrainingSet.Build(notes, packs, features);

        // The weights do not depend on the decision settings (they are only stored with them), so the whole corpus is
        // fitted while cross-validation chooses the settings, on a core of its own.
        log.WriteLine("fitting on the whole corpus…");
        var provenance = new ModelProvenance(TrainingCorpus.Hash(files), notes.Count, files.Select(TrainingCorpus.Relative).ToList(), settings.ToString());
        var cache = new FoldCache(provenance.CorpusHash, set, features, settings);
        var whole = Task.Run(() => cache.Whole(() => ModelTrainer.Train(set.Rows, features, CrossValidation.Defaults, provenance, settings, set.Rules, TrainerSettings.JudgedRules).Model, log));

        var decision = CrossValidation.Defaults;
        IReadOnlyList<CrossValidation.Fold> folds = [];
        if (tune)
        {
            log.WriteLine("cross-validating by writer to choose the decision settings…");
            folds = cache.Folds(log);
            (decision, var score) = DecisionTuner.Choose(folds, packs, log);
            log.WriteLine($"chosen: {decision} (objective {score:0.0000})");
            var guard = GuardTrainer.Train(folds, packs, decision, log);
            return new Run(whole.GetAwaiter().GetResult().WithDecision(decision).WithGuard(guard.Whole), guard.Folds);
        }

        return new Run(whole.GetAwaiter().GetResult().WithDecision(decision), folds);
    }
}
