using System.Globalization;
using NoteAddin.Checking;
using NoteAddin.Checking.Rules;

namespace NoteAddin.Service.Audit;

/// <summary>Checks the notes chunk by chunk through <see cref="BatchChecker"/>, reporting progress as it goes.</summary>
public static class AuditRunner
{
    public static AuditResult[] Check(IReadOnlyList<AuditNote> notes, BatchChecker batch, int chunkSize, Action<int, int>? progress = null)
    {
        var results = new AuditResult[notes.Count];
        var group = 0;
        var done = 0;
        foreach (var chunk in AuditChunks.Plan(notes, chunkSize))
        {
            // Ids inside a chunk are positions in the file, so duplicate or missing ids in the export cannot mix results.
            var batchNotes = chunk.Select(i => new BatchNote(
                i.ToString(CultureInfo.InvariantCulture), notes[i].Text, notes[i].Workload, notes[i].Tenant, notes[i].Language)).ToList();
            var checkedChunk = batch.Check(batchNotes);

            var groupOf = new Dictionary<string, int>();
            foreach (var cross in checkedChunk.CrossFindings.Where(c => c.RuleId == CopyPasteAcrossWorkloadsRule.RuleId))
            {
                group++;
                foreach (var id in cross.Ids)
                {
                    groupOf[id] = group;
                }
            }

            foreach (var item in checkedChunk.Results)
            {
                var index = int.Parse(item.Id, CultureInfo.InvariantCulture);
                var recorded = batch.Checker.RecordedStatuses.Parse(notes[index].RecordedStatus);
                results[index] = new AuditResult(
                    notes[index],
                    item.Result,
                    recorded,
                    AuditResult.Compare(recorded, item.Result.Status),
                    groupOf.GetValueOrDefault(item.Id));
            }

            done += chunk.Count;
            progress?.Invoke(done, notes.Count);
        }

        return results;
    }
}
