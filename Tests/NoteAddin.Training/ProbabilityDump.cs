using Newtonsoft.Json;
using NoteAddin.Checking;
using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Training;

/// <summary>
/// experiment --dump FILE: every cross-validated note with what the decision stage saw — the fold model's
/// probabilities per status, the judged heads' "yes" (as the decision carries them), the status the cues state — beside its labels and result,
/// one JSON object per line. A new decision rule can then be tried on the folds' probabilities in seconds before
/// it is written into <see cref="LearnedDecider"/> and chosen by the tuner. Training notes only (the folds).
/// </summary>
public static class ProbabilityDump
{
    public static void Write(IReadOnlyList<CrossValidation.Fold> folds, IReadOnlyDictionary<string, CompiledPack> packs, DecisionSettings decision, string path)
    {
        using var file = new StreamWriter(path);
        foreach (var fold in folds)
        {
            var model = fold.Model.WithDecision(decision);
            var recorder = new DecisionRecorder(new LearnedDecider(model));
            var checker = new NoteChecker(packs, recorder);
            foreach (var note in fold.Test.Notes)
            {
                var result = checker.Check(new NoteInput(note.Text, null, note.Workload));
                file.WriteLine(JsonConvert.SerializeObject(new ProbabilityDumpLine(
                    note.Id,
                    fold.HeldOut,
                    note.Lang,
                    new DumpedLabel(note.Status, note.L2, note.Grade, note.Rules),
                    new DumpedResult(result.Status.ToString(), result.Reason?.L2, result.Grade.ToString(), result.Findings.Select(f => f.RuleId).Distinct().ToList()),
                    recorder.Stated?.ToString(),
                    recorder.OpeningLabel?.ToString(),
                    recorder.RuleStatus,
                    recorder.WordsReason,
                    recorder.ByStatus,
                    recorder.TopLabel,
                    model.JudgedRules.ToDictionary(r => r, r => recorder.Judgements?.Probability(r) is { } p ? Math.Round(p, 4) : (double?)null))));
            }
        }
    }
}

/// <summary>One line of the dump, as written and as scripts read it back (the JSON names are the
/// dump's since it was first written, so scripts that read older dumps still read these).</summary>
public sealed record ProbabilityDumpLine(
    string Id,
    [property: JsonProperty("fold")] string Fold,
    string Lang,
    [property: JsonProperty("label")] DumpedLabel Label,
    [property: JsonProperty("result")] DumpedResult Result,
    [property: JsonProperty("stated")] string? Stated,
    [property: JsonProperty("opening")] string? Opening,
    [property: JsonProperty("rules")] string Rules,
    [property: JsonProperty("words")] string? Words,
    [property: JsonProperty("byStatus")] IReadOnlyDictionary<string, double> ByStatus,
    [property: JsonProperty("top")] string Top,
    [property: JsonProperty("judged")] IReadOnlyDictionary<string, double?> Judged);

/// <summary>The note's labels in the corpus.</summary>
public sealed record DumpedLabel(string Status, string? L2, string Grade, IReadOnlyList<string> Rules);

/// <summary>What the checker made of the note with the fold's model.</summary>
public sealed record DumpedResult(string Status, string? L2, string Grade, IReadOnlyList<string> Findings);
