using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Rules;

/// <summary>
/// The same note text (<see cref="CopyPasteKey"/>) for several workloads of one tenant — allowed when the customer is
/// simply unreachable (Unknown), as the seed's FAQ says. Only a batch (or a mail) sees it.
/// </summary>
public sealed class CopyPasteAcrossWorkloadsRule : ICrossNoteRule
{
    public const string RuleId = "copy-paste-across-workloads";

    public string Id => RuleId;

    public Severity Severity => Severity.Warning;

    public IEnumerable<IReadOnlyList<int>> Groups(IReadOnlyList<BatchNote> notes, IReadOnlyList<NoteReading> readings)
    {
        var groups = new Dictionary<CopyPasteKey, List<int>>();
        for (var i = 0; i < notes.Count; i++)
        {
            var reading = readings[i];
            if (string.IsNullOrWhiteSpace(notes[i].Tenant) || reading.IsEmpty || reading.Status == NoteStatus.Unknown)
            {
                continue;
            }

            var key = CopyPasteKey.Of(notes[i].Tenant, notes[i].Text);
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
