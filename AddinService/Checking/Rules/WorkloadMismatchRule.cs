using System.Buffers;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Reading;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Rules;

/// <summary>
/// The note moves another workload's content ("Migration ist nicht auf Office ProPlus anwendbar"): mailbox moves in a
/// Microsoft 365 Apps note, home drives in a Viva note. A note that also names its own workload's things is left
/// alone — it may well mention a dependency — and so is one that merely names another product: measured against the
/// corpus writers' labels, "any other workload's word" fired wrongly about seventeen times for every right time
/// ("the SIEM and endpoint tools", "Conditional Access" in an Entra note, "intranet articles"). The workload's own
/// name where it only labels the note or says whom the work is for ("Microsoft 365 Apps: mailbox migration …",
/// "Postfachmigration für Windows") names none of its things in a progress note: that is how writers mark work
/// going on in the wrong workload's note. In a Blocked or NoIntent note the name keeps counting: "kein Bedarf für
/// OneDrive", "no order for Defender for Office 365" speak of the workload itself, beside its dependency or rival
/// (writer cross-validation: 114 grades right and 10 wrong more, against 115 and 28 with every status).
/// </summary>
public sealed class WorkloadMismatchRule : INoteRule
{
    // What may stand before a label that opens the note: indentation and list bullets.
    private static readonly SearchValues<char> BeforeLabel = SearchValues.Create(" \t-*•");

    public const string RuleId = "workload-mismatch";

    public string Id => RuleId;

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        // An unreachable customer's note fits every workload (seed FAQ); its mail and Teams calls are channels. A
        // duplicate's moved mailboxes say why the entitlement is void, and a note with no status says no work is
        // going on: neither speaks of work for its workload (writers flagged none of either).
        if (reading.Workload is not { } workload || reading.Status is NoteStatus.Unknown or NoteStatus.DuplicateInvalid or NoteStatus.Undetermined
            || !MovesContent(reading)
            || NamesOwnThings(reading, workload, reading.Pack.Rules[Id].Words))
        {
            return;
        }

        foreach (var other in reading.Pack.Workloads)
        {
            if (other != workload && reading.Has(other.ConceptCategory))
            {
                sink.Add(this, reading.First(other.ConceptCategory));
                return;
            }
        }
    }

    private static bool MovesContent(NoteReading reading)
    {
        foreach (var reason in reading.Pack.Reasons)
        {
            if (reason.MovesContent && reading.Has(reason.Category))
            {
                return true;
            }
        }

        return false;
    }

    // Any of the workload's own concepts counts, except — in a progress note — its bare name as a label or after "for".
    private static bool NamesOwnThings(NoteReading reading, WorkloadDefinition workload, string[] forWords)
    {
        if (!reading.Has(workload.ConceptCategory))
        {
            return false;
        }

        if (reading.Status != NoteStatus.InProgress)
        {
            return true;
        }

        foreach (var match in reading.All(workload.ConceptCategory))
        {
            if (!OnlyNames(reading.Folded, workload, forWords, match.FoldedStart, match.FoldedEnd))
            {
                return true;
            }
        }

        return false;
    }

    // Whether [start, end) lies inside one of the workload's names that opens the note as a label ("M365 Apps:") or
    // follows one of the rule's pack words ("for", "für die").
    private static bool OnlyNames(NormalizedText folded, WorkloadDefinition workload, string[] forWords, int start, int end)
    {
        var text = folded.Span;
        foreach (var name in workload.FoldedNames)
        {
            for (var at = Math.Max(0, end - name.Length); at <= start && at + name.Length <= text.Length; at++)
            {
                var after = at + name.Length;
                if (text.Slice(at, name.Length).SequenceEqual(name) && !folded.IsWordChar(at - 1) && !folded.IsWordChar(after)
                    && (OpensAsLabel(text, at, after) || FollowsForWord(folded, at, forWords)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Narrower than RecordedStatusLabels.Opening's ends (which also take ",", "." and "("): "Teams, Exchange and
    // SharePoint migrate …" opens with a list, not a label. Sharing one definition is untried: it would change what fires.
    private static bool OpensAsLabel(ReadOnlySpan<char> text, int start, int end)
    {
        if (text[..start].ContainsAnyExcept(BeforeLabel))
        {
            return false;
        }

        // "Windows-11-Rollout", "Teams-Rollout": a hyphen straight after the name makes a compound, not a label.
        var rest = text[end..];
        var spaced = rest.Length > 0 && rest[0] == ' ';
        rest = rest.TrimStart(' ');
        return rest.Length > 0 && (rest[0] is ':' or '|' || (spaced && rest[0] is '-' or '–' or '—'));
    }

    private static bool FollowsForWord(NormalizedText folded, int start, string[] forWords)
    {
        var before = folded.Span[..start].TrimEnd(' ');
        foreach (var word in forWords)
        {
            // The word must continue a phrase ("Postfachmigration für Windows"); opening a clause (", für Defender
            // gibt es keinen Auftrag") it says what is missing for the workload, which is the workload's own matter.
            var wordStart = before.Length - word.Length;
            if (before.EndsWith(word, StringComparison.Ordinal) && !folded.IsWordChar(wordStart - 1)
                && folded.Span[..wordStart].TrimEnd(' ') is [.., var previous] && char.IsLetterOrDigit(previous))
            {
                return true;
            }
        }

        return false;
    }
}
