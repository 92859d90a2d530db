using NoteAddin.Checking;
using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;
using NoteAddin.Checking.Text;

namespace NoteAddin.Evaluation;

/// <summary>Shows what the reader matched in one note — the tool for tuning a rule pack.</summary>
public static class Explainer
{
    public static void Explain(NoteChecker checker, string text, string? workload)
    {
        var result = checker.Check(new NoteInput(text, null, workload));
        var pack = checker.Packs[result.Language];
        var recording = new Recording(checker.Decider);
        var reading = NoteReader.Read(text, NormalizedText.Create(text), pack, workload, recording);
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
        if (checker.Decider is LearnedDecider learned && recording.Evidence is { } evidence)
        {
            ExplainModel(learned.Model, reading, evidence);
        }
    }

    // What the decision stage weighed: the model's status distribution, its likeliest labels, each judged rule's yes.
    private static void ExplainModel(ReaderModel model, NoteReading reading, DecisionEvidence evidence)
    {
        var p = new float[model.Classes];
        model.Score(reading, evidence, p);
        var labels = model.Labels.Select((label, k) => (label, p: p[k])).ToList();
        var byStatus = labels.GroupBy(l => l.label.Split(ReaderModel.LabelSeparator)[0]).Select(g => $"{g.Key} {g.Sum(l => l.p):0.00}");
        Console.WriteLine($"  model: stated {evidence.StatedStatus?.ToString() ?? "none"}; by status {string.Join(", ", byStatus)}");
        Console.WriteLine($"  likeliest labels: {string.Join(", ", labels.OrderByDescending(l => l.p).Take(3).Select(l => $"{l.label} {l.p:0.00}"))}");
        var judged = model.Heads.Skip(1).Select((head, h) => $"{model.JudgedRules[h]} {p[head.Offset + Array.IndexOf(head.Labels, "yes")]:0.00}");
        Console.WriteLine($"  judged rules, yes: {string.Join(", ", judged)}");
    }

    /// <summary>Passes the decision on, keeping the evidence it was given.</summary>
    private sealed class Recording(IStatusDecider inner) : IStatusDecider
    {
        public DecisionEvidence? Evidence { get; private set; }

        public StatusDecision Decide(NoteReading reading, DecisionEvidence evidence)
        {
            Evidence = evidence;
            return inner.Decide(reading, evidence);
        }
    }
}
