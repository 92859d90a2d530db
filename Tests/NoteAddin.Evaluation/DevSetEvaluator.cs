using NoteAddin.Checking;
using NoteAddin.Checking.Model;
using NoteAddin.Training;

namespace NoteAddin.Evaluation;

/// <summary>Runs the engine over labelled notes and counts what it got right.</summary>
public static class DevSetEvaluator
{
    /// <summary>The repository's rule packs and model — not the copies beside this binary, which are the ones of its
    /// last build: right after `accuracy --retrain` writes a new model, the copy is still the old one.</summary>
    public static NoteChecker LoadChecker() =>
        NoteEngineFactory.Create(RepositoryEngine);

    public static readonly EngineOptions RepositoryEngine = new(RulePackDirectory: RepositoryPaths.RulePacks, ModelFile: RepositoryPaths.ModelFile);

    public static EvaluationReport Evaluate(NoteChecker checker, IEnumerable<LabelledNote> examples) =>
        // The language is detected, as it is for a writer who never sets it.
        Evaluate(examples.Select(e => (e, checker.Check(new NoteInput(e.Text, null, e.Workload)))));

    public static EvaluationReport Evaluate(IEnumerable<(LabelledNote Note, CheckResult Result)> results)
    {
        var report = new EvaluationReport();
        foreach (var (example, result) in results)
        {
            report.Count++;
            var status = result.Status.ToString();
            var grade = result.Grade.ToString();
            var l2 = result.Reason?.L2;
            Count(report.StatusConfusion, example.Status, status);
            Count(report.GradeConfusion, example.Grade, grade);
            Count(report.L2Confusion, example.L2 ?? "-", l2 ?? "-");
            var statusRight = status == example.Status;
            report.StatusRight += statusRight ? 1 : 0;
            report.L1Right += statusRight ? 1 : 0;
            report.GradeRight += grade == example.Grade ? 1 : 0;
            report.L2Right += l2 == example.L2 ? 1 : 0;
            if (example.L2 is not null)
            {
                report.L2Stated++;
                report.L2StatedRight += l2 == example.L2 ? 1 : 0;
            }

            if (example.Grade == nameof(Grade.Bad))
            {
                report.Bad++;
            }

            if (example.Grade == nameof(Grade.Bad) && result.Grade == Grade.Good)
            {
                report.BadGradedGood++;
            }

            var fired = result.Findings.Select(f => f.RuleId).ToHashSet();
            var missing = new List<string>();
            foreach (var rule in example.Rules)
            {
                report.RequiredRules++;
                if (fired.Contains(rule))
                {
                    report.RequiredRulesFound++;
                    Bump(report, rule, tp: 1);
                }
                else
                {
                    missing.Add(rule);
                    Bump(report, rule, fn: 1);
                }
            }

            var extra = fired.Where(r => !example.Rules.Contains(r)).ToList();
            report.FalseFindings += extra.Count;
            foreach (var rule in extra)
            {
                Bump(report, rule, fp: 1);
            }

            if (!statusRight || grade != example.Grade || l2 != example.L2 || missing.Count > 0)
            {
                report.Errors.Add(
                    $"{example.Id} [{example.Kind}] status {example.Status}->{status} grade {example.Grade}->{grade} " +
                    $"l2 {example.L2 ?? "-"}->{l2 ?? "-"} missing [{string.Join(",", missing)}] extra [{string.Join(",", extra)}]\n    {example.Text}");
            }
        }

        return report;
    }

    private static void Count(Dictionary<(string, string), int> table, string expected, string actual) =>
        table[(expected, actual)] = table.GetValueOrDefault((expected, actual)) + 1;

    private static void Bump(EvaluationReport report, string rule, int tp = 0, int fp = 0, int fn = 0)
    {
        var (a, b, c) = report.Rules.GetValueOrDefault(rule);
        report.Rules[rule] = (a + tp, b + fp, c + fn);
    }
}
