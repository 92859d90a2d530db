using NoteAddin.Checking.Matching;
using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Mail;

/// <summary>
/// The FastTrack workloads by every name people write them with — the packs' workload names and aliases, German and
/// English together ("EXO", "Azure AD", "Defender für Endpunkt") — and the names that only look like one
/// ("Office 365", "Home Office", "Teams-Meeting"). Where names overlap the longest wins: "Defender for Office 365"
/// is not "Office".
/// </summary>
public sealed class WorkloadCatalogue
{
    public const int NotAWorkload = -1;

    private readonly PhraseAutomaton _automaton;
    private readonly int _notWorkloadCategory;

    private WorkloadCatalogue(string[] names, PhraseAutomaton automaton)
    {
        Names = names;
        _automaton = automaton;
        _notWorkloadCategory = names.Length;
    }

    /// <summary>Canonical names (API.md's catalogue), indexed by <see cref="WorkloadMention.Workload"/>.</summary>
    public IReadOnlyList<string> Names { get; }

    public static WorkloadCatalogue From(IEnumerable<CompiledPack> packs)
    {
        var names = new List<string>();
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        var notWorkloads = new List<PhrasePattern>();
        foreach (var pack in packs)
        {
            foreach (var workload in pack.Workloads)
            {
                var index = names.IndexOf(workload.Name);
                if (index < 0)
                {
                    index = names.Count;
                    names.Add(workload.Name);
                }

                foreach (var name in workload.FoldedNames)
                {
                    // Each pack refuses a name shared by two of its workloads; two packs must agree as well.
                    if (owner.TryGetValue(name, out var other) && other != index)
                    {
                        throw new InvalidOperationException($"workload names disagree across languages: the {pack.Language} pack gives the name \"{name}\" to \"{workload.Name}\", another pack to \"{names[other]}\"");
                    }

                    owner[name] = index;
                }
            }

            notWorkloads.AddRange(pack.Mail[MailCue.NotWorkload]);
        }

        var phrases = owner.Select(o => (new PhrasePattern(o.Key, true, true, 1), o.Value))
            .Concat(notWorkloads.Select(p => (p, names.Count)))
            .ToList();
        return new WorkloadCatalogue(names.ToArray(), PhraseAutomaton.Build(phrases));
    }

    /// <summary>
    /// Every workload name in <paramref name="folded"/> where <paramref name="keep"/> allows it, leftmost-longest
    /// and not overlapping, in text order.
    /// </summary>
    internal List<WorkloadMention> Mentions(NormalizedText folded, Func<int, int, bool> keep)
    {
        var matches = new List<PhraseMatch>();
        _automaton.Scan(folded, matches);
        matches.RemoveAll(m => !keep(m.Start, m.End));
        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var mentions = new List<WorkloadMention>();
        var covered = 0;
        foreach (var match in matches)
        {
            if (match.Start < covered)
            {
                continue;
            }

            mentions.Add(new WorkloadMention(match.Category == _notWorkloadCategory ? NotAWorkload : match.Category, match.Start, match.End));
            covered = match.End;
        }

        return mentions;
    }

    /// <summary>The one workload a short text (a subject line) names, in any case; null when it names none or several.</summary>
    public int? OnlyWorkloadIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        int? found = null;
        foreach (var mention in Mentions(NormalizedText.Create(text), static (_, _) => true))
        {
            if (!mention.IsWorkload)
            {
                continue;
            }

            if (found is { } earlier && earlier != mention.Workload)
            {
                return null;
            }

            found = mention.Workload;
        }

        return found;
    }
}
