using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;
using NoteAddin.Checking.Rules;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking;

public sealed record BatchNote(string Id, string Text, string? Workload = null, string? Tenant = null, string? Language = null);

public sealed record BatchItem(string Id, CheckResult Result);

public sealed record CrossFinding(string RuleId, IReadOnlyList<string> Ids, string Message);

public sealed record BatchResult(IReadOnlyList<BatchItem> Results, IReadOnlyList<CrossFinding> CrossFindings);

/// <summary>
/// Checks many notes at once and adds what only shows across notes: the same note text used for several workloads
/// of one tenant (<c>copy-paste-across-workloads</c>) — allowed when the customer is simply unreachable (Unknown),
/// as the seed's FAQ says.
/// </summary>
public sealed class BatchChecker
{
    private readonly NoteChecker _checker;

    public BatchChecker(NoteChecker checker) => _checker = checker;

    public BatchResult Check(IReadOnlyList<BatchNote> notes)
    {
        var analysed = new (NoteReading Reading, List<Finding> Findings)[notes.Count];
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i];
            analysed[i] = _checker.Analyse(new NoteInput(note.Text, note.Language, note.Workload));
        }

        var cross = new List<CrossFinding>();
        foreach (var group in CopyPasteGroups(notes, analysed))
        {
            var first = analysed[group[0]].Reading;
            var message = first.Pack.Rules[RuleCatalog.CopyPasteAcrossWorkloads].Message.Replace("{text}", string.Empty, StringComparison.Ordinal);
            cross.Add(new CrossFinding(RuleCatalog.CopyPasteAcrossWorkloads, group.Select(i => notes[i].Id).ToArray(), message));
            foreach (var index in group)
            {
                var reading = analysed[index].Reading;
                var text = reading.Pack.Rules[RuleCatalog.CopyPasteAcrossWorkloads];
                analysed[index].Findings.Add(new Finding(
                    RuleCatalog.CopyPasteAcrossWorkloads,
                    RuleCatalog.SeverityOf(RuleCatalog.CopyPasteAcrossWorkloads),
                    text.Message.Replace("{text}", string.Empty, StringComparison.Ordinal),
                    0,
                    reading.Text.Length,
                    text.Suggestions));
            }
        }

        var results = new BatchItem[notes.Count];
        for (var i = 0; i < notes.Count; i++)
        {
            results[i] = new BatchItem(notes[i].Id, NoteChecker.Result(analysed[i].Reading, analysed[i].Findings));
        }

        return new BatchResult(results, cross);
    }

    private static IEnumerable<List<int>> CopyPasteGroups(IReadOnlyList<BatchNote> notes, (NoteReading Reading, List<Finding> Findings)[] analysed)
    {
        var groups = new Dictionary<(string Tenant, string Text), List<int>>();
        for (var i = 0; i < notes.Count; i++)
        {
            var reading = analysed[i].Reading;
            if (string.IsNullOrWhiteSpace(notes[i].Tenant) || reading.IsEmpty || reading.Status == NoteStatus.Unknown)
            {
                continue;
            }

            var key = (notes[i].Tenant!.Trim(), new string(reading.Folded.Span).Trim().TrimEnd('.'));
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = new List<int>();
            }

            list.Add(i);
        }

        foreach (var group in groups.Values)
        {
            var workloads = group
                .Select(i => NormalizedText.FoldPhrase(notes[i].Workload ?? string.Empty))
                .Distinct()
                .Count();
            if (group.Count > 1 && workloads > 1)
            {
                yield return group;
            }
        }
    }
}
