using NoteAddin.Training;

namespace NoteAddin.Evaluation;

/// <summary>
/// evaluate [--errors] [--kind note|situation] [--lang de|en] [--dir PATH]: confusion tables and per-rule precision/recall.
/// explain "note text" [--workload W]: what the reader matched in one note.
/// accuracy [--retrain]: measures the blind test sets, the hold-out set and the cross-validated training corpus, writes
/// docs/ACCURACY.md and the README's accuracy table; --retrain first trains the model from the corpus (as the trainer's
/// `train`) and reuses its folds.
/// readme-table: rewrites only the README's accuracy table, from the committed docs/ACCURACY.md.
/// typos [FILE…]: every word the typo mender changes in the training corpus (or the files given), most frequent first.
/// hostile-timing: milliseconds per 10 000-character note of repeated cue words (run with -c Release).
/// mail [--errors] [--notes] [--lang de|en] [--dir PATH]: the mail reader against the labelled mail corpus (Tests/MailCorpus).
/// </summary>
public static class EvaluationProgram
{
    public static int Main(string[] args)
    {
        if (args is ["mail", ..])
        {
            var mailOptions = EvaluationOptions.Parse(args);
            var mails = MailCorpus.Load(mailOptions.Directory ?? Path.Combine(AppContext.BaseDirectory, "MailCorpus"))
                .Where(m => mailOptions.Language is null || m.Lang == mailOptions.Language)
                .ToList();
            MailReportPrinter.Print(MailEvaluator.Evaluate(MailEvaluator.LoadChecker(), mails), Console.Out, mailOptions.ShowErrors, args.Contains("--notes"));
            return 0;
        }

        if (args is ["readme-table"])
        {
            // After a change to how the README's table is drawn: from the committed report, without reading a note.
            ReadmeAccuracyTable.Write(RepositoryPaths.Combine("README.md"), File.ReadAllText(RepositoryPaths.Combine("docs", "ACCURACY.md")));
            return 0;
        }

        if (args is ["accuracy", ..])
        {
            // --retrain: one run trains the model (writing the model file) and reports with the same folds, instead
            // of cross-validating the corpus twice.
            var folds = args.Contains("--retrain") ? Trainer.TrainAndWrite(Console.Error).Folds : null;
            var engine = DevSetEvaluator.LoadChecker();
            var sections = AccuracyDocument.Measure(engine, Console.Error, folds);
            var markdown = AccuracyDocument.Render(sections, ((Checking.Learning.LearnedDecider)engine.Decider).Model);
            File.WriteAllText(RepositoryPaths.Combine("docs", "ACCURACY.md"), markdown);
            ReadmeAccuracyTable.Write(RepositoryPaths.Combine("README.md"), markdown);
            Console.WriteLine(markdown);
            return 0;
        }

        var checker = DevSetEvaluator.LoadChecker();
        if (args.Length > 1 && args[0] == "explain")
        {
            Explainer.Explain(checker, args[1], CommandLine.Value(args, "--workload"));
            return 0;
        }

        if (args.Length > 0 && args[0] == "typos")
        {
            var files = args.Length > 1 ? args.Skip(1) : TrainingCorpus.Files();
            TypoReport.Print(checker, LabelledNotes.LoadFiles(files), Console.Out);
            return 0;
        }

        if (args.Length > 0 && args[0] == "hostile-timing")
        {
            HostileTiming.Print(checker, Console.Out);
            return 0;
        }

        var options = EvaluationOptions.Parse(args);
        var examples = LabelledNotes.Load(options.Directory ?? Path.Combine(AppContext.BaseDirectory, "DevSet"))
            .Where(e => options.Kind is null || e.Kind == options.Kind)
            .Where(e => options.Language is null || e.Lang == options.Language)
            .ToList();
        var report = DevSetEvaluator.Evaluate(checker, examples);
        ReportPrinter.Print(report, Console.Out, options.ShowErrors);
        return 0;
    }
}
