using NoteAddin.Checking;
using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;
using NoteAddin.Checking.Text;
using NoteAddin.Training;

namespace NoteAddin.Evaluation;

/// <summary>Shows what the reader matched in one note — the tool for tuning a rule pack.</summary>
public static class Explainer
{
    public static void Explain(NoteChecker checker, string text, string? workload)
    {
        var result = checker.Check(new NoteInput(text, null, workload));
        var pack = checker.Packs[result.Language];
        var recorder = checker.Decider is LearnedDecider learned ? new DecisionRecorder(learned) : null;
        var reading = NoteReader.Read(text, NormalizedText.Create(text), pack, workload, (IStatusDecider?)recorder ?? checker.Decider, checker.RecordedStatuses);
        Console.WriteLine($"{result.Language} status {result.Status} grade {result.Grade} score {result.Score} l2 {result.Reason?.L2} / {result.Reason?.L3} ({result.Reason?.Confidence}) sentences {result.SentenceCount}");
        foreach (var match in reading.Matches)
        {
            Console.WriteLine($"  {pack.CategoryNames[match.Category],-40} {match.Weight,4} \"{text[match.Start..match.End]}\"");
        }

        foreach (var finding in result.Findings)
        {
            Console.WriteLine($"  ! {finding.RuleId} [{finding.Start},{finding.Length}] {finding.Message}");
        }

        Console.WriteLine($"  suggestion: {result.Suggestion?.Text}");
        if (recorder is { LabelProbabilities.Count: > 0 })
        {
            ExplainModel(recorder);
        }
    }

    // What the decision stage weighed: the model's status distribution, its likeliest labels, each judged rule's yes.
    private static void ExplainModel(DecisionRecorder recorder)
    {
        var model = recorder.Model;
        Console.WriteLine($"  model: stated {recorder.Stated?.ToString() ?? "none"}, opening label {recorder.OpeningLabel?.ToString() ?? "none"}; by status {string.Join(", ", recorder.ByStatus.Select(s => $"{s.Key} {s.Value:0.00}"))}");
        var likeliest = recorder.LabelProbabilities.Select((p, k) => (Label: model.Labels[k], P: p)).OrderByDescending(l => l.P).Take(3);
        Console.WriteLine($"  likeliest labels: {string.Join(", ", likeliest.Select(l => $"{l.Label} {l.P:0.00}"))}");
        var judged = model.JudgedRules.Select(r => $"{r} {recorder.Judgements?.Probability(r):0.00}");
        Console.WriteLine($"  judged rules, yes: {string.Join(", ", judged)}");
    }
}
