using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;

namespace NoteAddin.Training;

/// <summary>
/// Chooses the decision settings (how unsure is unclear, whether a stated status wins, whether an L2 needs reason
/// words) on the cross-validation folds of the training corpus — never on a test set. Bad notes graded Good cost
/// most: a checker that waves a bad note through teaches the writer the wrong thing.
/// </summary>
public static class DecisionTuner
{
    public static IEnumerable<DecisionSettings> Candidates()
    {
        foreach (var unclear in new[] { 0.0, 0.3, 0.4, 0.45, 0.5 })
        {
            // How far the writer's stated status outweighs the model: always (0), unless the model all but rules it
            // out, only when the model half agrees, never (2).
            foreach (var stated in new[] { 0.0, 0.05, 0.15, 0.3, 2.0 })
            {
                foreach (var evidence in new[] { false, true })
                {
                    // How readily the model's "yes" adds a finding the words missed: in the objective below a Bad note
                    // graded Good costs ten points, a Good note graded Bad only its one grade point.
                    foreach (var adds in new[] { 0.5, 0.4, 0.3, 0.2 })
                    {
                        yield return new DecisionSettings(unclear, stated, evidence, adds);
                    }
                }
            }
        }
    }

    public static (DecisionSettings Best, double Score) Choose(IReadOnlyList<CrossValidation.Fold> folds, IReadOnlyDictionary<string, CompiledPack> packs, TextWriter? log = null)
    {
        DecisionSettings? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in Candidates())
        {
            var results = CrossValidation.Read(folds, packs, candidate);
            var score = Objective(results);
            log?.WriteLine($"  {candidate}: {score:0.0000}");
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return (best!, bestScore);
    }

    public static double Objective(IReadOnlyList<(LabelledNote Note, CheckResult Result)> results)
    {
        double status = 0, grade = 0, l2 = 0, badGood = 0;
        foreach (var (note, result) in results)
        {
            status += result.Status.ToString() == note.Status ? 1 : 0;
            grade += result.Grade.ToString() == note.Grade ? 1 : 0;
            l2 += result.Reason?.L2 == note.L2 ? 1 : 0;
            badGood += note.Grade == nameof(Grade.Bad) && result.Grade == Grade.Good ? 1 : 0;
        }

        var n = Math.Max(1, results.Count);
        return (status + grade + l2 - 10 * badGood) / n;
    }
}
