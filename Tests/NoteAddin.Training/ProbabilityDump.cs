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
                file.WriteLine(JsonConvert.SerializeObject(new
                {
                    note.Id,
                    fold = fold.HeldOut,
                    note.Lang,
                    label = new { note.Status, note.L2, note.Grade, note.Rules },
                    result = new { Status = result.Status.ToString(), result.Reason?.L2, Grade = result.Grade.ToString(), Findings = result.Findings.Select(f => f.RuleId).Distinct() },
                    stated = recorder.Stated?.ToString(),
                    opening = recorder.OpeningLabel?.ToString(),
                    rules = recorder.RuleStatus,
                    words = recorder.WordsReason,
                    byStatus = recorder.ByStatus,
                    top = recorder.TopLabel,
                    judged = model.JudgedRules.ToDictionary(r => r, r => recorder.Judgements?.Probability(r) is { } p ? Math.Round(p, 4) : (double?)null),
                }));
            }
        }
    }
}
