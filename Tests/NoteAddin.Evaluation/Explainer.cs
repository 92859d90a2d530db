using NoteAddin.Checking;
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
        var reading = NoteReader.Read(text, NormalizedText.Create(text), pack, workload, checker.Decider);
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
    }
}
