using NoteAddin.Evaluation;

// evaluate [--errors] [--kind note|situation] [--lang de|en]   prints confusion tables and per-rule precision/recall
// explain "note text" [--workload W]                             prints what the reader matched in one note
var checker = DevSetEvaluator.LoadChecker();
if (args.Length > 0 && args[0] == "explain")
{
    Explainer.Explain(checker, args[1], args.SkipWhile(a => a != "--workload").Skip(1).FirstOrDefault());
    return 0;
}

var options = EvaluationOptions.Parse(args);
var examples = DevSet.Load(Path.Combine(AppContext.BaseDirectory, "DevSet"))
    .Where(e => options.Kind is null || e.Kind == options.Kind)
    .Where(e => options.Language is null || e.Lang == options.Language)
    .ToList();
var report = DevSetEvaluator.Evaluate(checker, examples);
ReportPrinter.Print(report, Console.Out, options.ShowErrors);
return 0;
