using Newtonsoft.Json.Linq;
using NoteAddin.Checking.Learning;

namespace NoteAddin.Training;

/// <summary>
/// experiment [--bits N] [--char MIN-MAX] [--no-cues] [--no-bigrams] [--l1 X] [--l2 X] [--per-language] [--hold WRITER[+WRITER…]] [--errors] [--rules] [--no-judged | --judged RULE,RULE] [--cached] [--decision Name=value,…] [--guard] [--dump FILE]:
/// leave-one-writer-out cross-validation of one feature/trainer setting, so choices (which n-grams, whether the
/// packs' cues help, one model or one per language, regularisation) are made by measurement, on the training
/// corpus only. --cached reads with the last training run's folds (<see cref="FoldCache"/>; trained and kept when
/// missing) instead of training new ones: how the committed model's decision stage does, in minutes.
/// </summary>
public static class Experiment
{
    // --judged a,b: only these rules get a head (--no-judged: none); the trainer's list otherwise.
    private static IReadOnlyList<string> Judged(string[] args) =>
        args.Contains("--no-judged") ? []
        : CommandLine.Value(args, "--judged") is { } list ? list.Split(',')
        : TrainerSettings.JudgedRules;

    // --decision Name=value,Name=value: other decision settings than the committed model's, to see what one would do.
    // Set through the record's JSON form, so a setting added later needs no line here.
    private static DecisionSettings Override(DecisionSettings decision, string? overrides)
    {
        var json = JObject.FromObject(decision);
        foreach (var pair in overrides?.Split(',') ?? [])
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2 || json.Property(parts[0]) is null)
            {
                throw new ArgumentException($"--decision: '{pair}' is not Name=value with one of {string.Join(", ", json.Properties().Select(p => p.Name))}");
            }

            json[parts[0]] = JToken.Parse(parts[1]);
        }

        return json.ToObject<DecisionSettings>()!;
    }

    public static int Run(string[] args, TextWriter output)
    {
        string? Value(string name) => CommandLine.Value(args, name);
        var defaults = FeatureOptions.Default;
        var chars = Value("--char")?.Split('-').Select(int.Parse).ToArray();
        var features = defaults with
        {
            TextBits = Value("--bits") is { } bits ? int.Parse(bits) : defaults.TextBits,
            CharMin = chars?[0] ?? defaults.CharMin,
            CharMax = chars?[1] ?? defaults.CharMax,
            Cues = !args.Contains("--no-cues"),
            WordBigrams = !args.Contains("--no-bigrams"),
        };
        var trainer = TrainerSettings.Default with
        {
            L1 = Value("--l1") is { } l1 ? float.Parse(l1, System.Globalization.CultureInfo.InvariantCulture) : TrainerSettings.Default.L1,
            L2 = Value("--l2") is { } l2 ? float.Parse(l2, System.Globalization.CultureInfo.InvariantCulture) : TrainerSettings.Default.L2,
        };

        var packs = Trainer.Packs();
        var set = TrainingSet.Build(LabelledNotes.LoadFiles(TrainingCorpus.Files()), packs, features);
        // The committed model's decision settings (chosen by the last training run's cross-validation), so an experiment
        // reads notes the way the service does.
        var decision = Override(ReaderModelFile.Read(RepositoryPaths.ModelFile).Decision, Value("--decision"));
        var results = new List<(LabelledNote, Checking.Model.CheckResult)>();
        var hold = Value("--hold");
        var allFolds = new List<CrossValidation.Fold>();
        foreach (var language in args.Contains("--per-language") ? new[] { "de", "en" } : new string?[] { null })
        {
            var part = language is null ? set : set.Where(n => n.Lang == language);
            // The cache holds the whole corpus's folds; a language's part trains its own.
            var folds = hold is null && language is null && args.Contains("--cached")
                ? FoldCache.ForCommittedCorpus(set, features, trainer).Folds(output)
                : hold is null
                ? CrossValidation.Folds(part, features, trainer)
                // --hold a+b: one fold without these writers (a cached fold's writers compare with the committed features).
                : [CrossValidation.Train(part, hold.Split('+').ToHashSet(), features, trainer, Judged(args))];
            results.AddRange(CrossValidation.Read(folds, packs, decision));
            allFolds.AddRange(folds);
        }

        if (args.Contains("--guard"))
        {
            // The grade guard fitted on these folds, its threshold chosen on them (GuardTrainer prints the trade per
            // threshold); the figures below are read with it.
            var guarded = GuardTrainer.Guarded(allFolds, packs, decision, output);
            results.Clear();
            results.AddRange(CrossValidation.Read(guarded, packs, decision));
        }

        if (Value("--dump") is { } dump)
        {
            ProbabilityDump.Write(allFolds, packs, decision, dump);
        }

        if (args.Contains("--rules"))
        {
            var rules = results.SelectMany(r => r.Item1.Rules.Concat(r.Item2.Findings.Select(f => f.RuleId))).Distinct().Order();
            foreach (var rule in rules)
            {
                var tp = results.Count(r => r.Item1.Rules.Contains(rule) && r.Item2.Findings.Any(f => f.RuleId == rule));
                var fp = results.Count(r => !r.Item1.Rules.Contains(rule) && r.Item2.Findings.Any(f => f.RuleId == rule));
                var fn = results.Count(r => r.Item1.Rules.Contains(rule) && r.Item2.Findings.All(f => f.RuleId != rule));
                output.WriteLine($"  {rule,-28} tp {tp,4} fp {fp,4} fn {fn,4}");
            }
        }

        if (args.Contains("--errors"))
        {
            foreach (var (note, result) in results.Where(r => r.Item2.Status.ToString() != r.Item1.Status || r.Item2.Reason?.L2 != r.Item1.L2 || r.Item2.Grade.ToString() != r.Item1.Grade))
            {
                output.WriteLine($"{note.Id}: {note.Status}/{note.L2 ?? "-"}/{note.Grade} -> {result.Status}/{result.Reason?.L2 ?? "-"}/{result.Grade} [{string.Join(",", result.Findings.Select(f => f.RuleId))}] want [{string.Join(",", note.Rules)}]\n    {note.Text}");
            }
        }

        double Share(Func<(LabelledNote Note, Checking.Model.CheckResult Result), bool> right) => (double)results.Count(right) / results.Count;
        var stated = results.Where(r => r.Item1.L2 is not null).ToList();
        output.WriteLine($"{decision}");
        output.WriteLine($"{features} {trainer}{(args.Contains("--per-language") ? " per-language" : "")}; heads used: {string.Join(", ", Judged(args).DefaultIfEmpty("none"))}");
        output.WriteLine($"  notes {results.Count}: status {Share(r => r.Result.Status.ToString() == r.Note.Status):P1}, "
            + $"L2 (stated) {(double)stated.Count(r => r.Item2.Reason?.L2 == r.Item1.L2) / stated.Count:P1}, "
            + $"grade {Share(r => r.Result.Grade.ToString() == r.Note.Grade):P1}, "
            + $"Bad graded Good {results.Count(r => r.Item1.Grade == "Bad" && r.Item2.Grade == Checking.Model.Grade.Good)}");
        return 0;
    }
}
