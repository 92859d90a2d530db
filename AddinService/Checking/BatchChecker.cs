using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;
using NoteAddin.Checking.Rules;

namespace NoteAddin.Checking;

public sealed record BatchNote(string Id, string Text, string? Workload = null, string? Tenant = null, string? Language = null);

public sealed record BatchItem(string Id, CheckResult Result);

public sealed record CrossFinding(string RuleId, IReadOnlyList<string> Ids, string Message);

public sealed record BatchResult(IReadOnlyList<BatchItem> Results, IReadOnlyList<CrossFinding> CrossFindings);

/// <summary>
/// Checks many notes at once and adds what only shows across notes (<see cref="RuleCatalog.CrossNote"/>: the same
/// note for several workloads of one tenant). A note's findings from such a rule come after its own.
/// </summary>
public sealed class BatchChecker
{
    private readonly NoteChecker _checker;

    public BatchChecker(NoteChecker checker) => _checker = checker;

    /// <summary>The engine the notes are read with (its packs, its recorded-status labels).</summary>
    public NoteChecker Checker => _checker;

    public BatchResult Check(IReadOnlyList<BatchNote> notes)
    {
        var readings = new NoteReading[notes.Count];
        var sinks = new FindingSink[notes.Count];
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i];
            (readings[i], sinks[i]) = _checker.Analyse(new NoteInput(note.Text, note.Language, note.Workload));
        }

        var cross = new List<CrossFinding>();
        foreach (var rule in RuleCatalog.CrossNote)
        {
            foreach (var group in rule.Groups(notes, readings))
            {
                foreach (var index in group)
                {
                    sinks[index].AddWholeNote(rule);
                }

                // The batch's own finding speaks the first note's language.
                var message = sinks[group[0]].Findings[^1].Message;
                cross.Add(new CrossFinding(rule.Id, group.Select(i => notes[i].Id).ToArray(), message));
            }
        }

        var results = new BatchItem[notes.Count];
        for (var i = 0; i < notes.Count; i++)
        {
            results[i] = new BatchItem(notes[i].Id, NoteChecker.Result(readings[i], sinks[i].Findings));
        }

        return new BatchResult(results, cross);
    }
}
