using NoteAddin.Checking.Matching;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;

namespace NoteAddin.Checking.Reading;

/// <summary>
/// Weighs the pack's status cues sentence by sentence, then settles the status with the reason, as TAXONOMY.md
/// does: a legal or security restriction is Blocked even when the customer "will not deploy", a competitor or an
/// on-premises commitment is NoIntent even when the note says "cannot", and a note without any status word takes
/// the status its reason implies ("Customer must replace its proxy first" is Blocked).
/// </summary>
internal static class StatusResolver
{
    private const double Stated = CueScores.Stated;

    public static CueScores Score(NoteReading reading, bool[] present, int categories, out PhraseMatch?[] evidence)
    {
        var scores = new double[6];
        evidence = new PhraseMatch?[6];
        var best = new double[6];
        foreach (var cue in reading.Pack.StatusCues)
        {
            for (var s = 0; s < reading.Sentences.Count; s++)
            {
                if (!Satisfied(cue, present, s * categories))
                {
                    continue;
                }

                var slot = (int)cue.Slot;
                scores[slot] += cue.Weight;
                if (cue.Weight > best[slot])
                {
                    best[slot] = cue.Weight;
                    evidence[slot] = FirstIn(reading, cue.All[0], s);
                }

                break;
            }
        }

        return new CueScores(scores[0], scores[1], scores[2], scores[3], scores[4], scores[5]);
    }

    public static RuleVerdict Decide(CueScores cues, ReasonClassifier.Candidates reasons)
    {
        var (status, confidence, stated, slot) = DecideParts(cues, reasons);
        return new RuleVerdict(status, confidence, stated, slot);
    }

    private static (NoteStatus Status, double Confidence, bool Explicit, int EvidenceSlot) DecideParts(CueScores cues, ReasonClassifier.Candidates reasons)
    {
        var bn = BlockedOrNoIntentReason(cues, reasons);
        var ip = reasons.BestInProgress;

        if (cues.Duplicate >= Stated && cues.Duplicate >= Math.Max(cues.BlockedFamily, cues.InProgress))
        {
            return (NoteStatus.DuplicateInvalid, Confidence(cues.Duplicate), true, 4);
        }

        // "The partner does not react to escalations" is a blocked partner, not an unreachable customer: silence
        // counts as Unknown only when no stronger blocking reason stands beside it.
        var unknownReason = reasons.BestOf(NoteStatus.Unknown)?.Score ?? 0;
        var blockedByReason = bn is { } b && b.Score >= unknownReason + 1.5;
        if (cues.Unknown >= Stated && cues.Unknown >= cues.BlockedFamily && cues.Unknown >= cues.InProgress && !blockedByReason)
        {
            return (NoteStatus.Unknown, Confidence(cues.Unknown), true, 3);
        }

        // "Outlook Mobile is reported although the tenant has no Exchange": a duplicate/invalid entitlement, even
        // though "no … used" sounds like a decision.
        if (reasons.BestOf(NoteStatus.DuplicateInvalid) is { Score: >= 2 } duplicate && !cues.StatesBlockedOrNoIntent
            && cues.InProgress == 0 && duplicate.Score >= (bn?.Score ?? 0))
        {
            return (NoteStatus.DuplicateInvalid, Math.Min(0.8, 0.35 + 0.15 * duplicate.Score), false, -1);
        }

        // Progress against obstacles: each side counts its status words and the evidence of its reasons, so that
        // "Mail und Kalender laufen über Google Workspace" reads as a competitor, not as a running deployment,
        // while "migration running, long paths still to fix" stays in progress.
        var blockedSide = cues.BlockedFamily + (bn?.Score ?? 0);
        var progressSide = cues.InProgress + (ip?.Score ?? 0);
        // Without a blocking word, only a decision's reason outweighs progress words ("runs on Google Workspace");
        // a blocker's vocabulary beside progress is just the work being done ("apps installed on 70 % of clients").
        if (cues.BlockedFamily > 0 || (bn is { L1: NoteStatus.NoIntent } && cues.InProgress > 0))
        {
            if (blockedSide >= progressSide || cues.Blocked >= Stated || cues.NoIntent >= Stated)
            {
                var slot = cues.Blocked >= cues.NoIntent + cues.NotProceeding ? 1 : cues.NoIntent >= cues.NotProceeding ? 2 : 5;
                if (bn is { } reason)
                {
                    return (reason.L1, Confidence(cues.BlockedFamily + reason.Score), true, slot);
                }

                // No reason to settle it: stated inability is Blocked; a decision, or a bare "will not deploy", is NoIntent.
                var inability = cues.Blocked >= Stated && cues.Blocked >= cues.NoIntent;
                var status = inability || (cues.NoIntent == 0 && cues.NotProceeding == 0) ? NoteStatus.Blocked : NoteStatus.NoIntent;
                return (status, Confidence(cues.BlockedFamily), true, status == NoteStatus.Blocked ? 1 : cues.NoIntent > 0 ? 2 : 5);
            }
        }

        if (cues.InProgress > 0)
        {
            return (NoteStatus.InProgress, Confidence(cues.InProgress), true, 0);
        }

        // Nothing stated: the reason implies the status (a plain description of the customer's situation).
        var implied = reasons.Best;
        if (implied is { } r)
        {
            return (r.L1, Math.Min(0.8, 0.35 + 0.15 * r.Score), false, -1);
        }

        // A lone "mail" or "call" is no sign of an unreachable customer ("see mail from Ms Schulz").
        if (cues.Unknown >= Stated || (cues.Unknown > 0 && reasons.BestOf(NoteStatus.Unknown) is not null))
        {
            return (NoteStatus.Unknown, Confidence(cues.Unknown), true, 3);
        }

        if (cues.Duplicate > 0)
        {
            return (NoteStatus.DuplicateInvalid, Confidence(cues.Duplicate), true, 4);
        }

        return (NoteStatus.Undetermined, 0, false, -1);
    }

    /// <summary>
    /// The Blocked-or-NoIntent reason. A note that states a decision ("no intent", "not interested") takes its
    /// reason among the decisions' L2s when it gives one — except legal and security restrictions, which
    /// TAXONOMY.md keeps Blocked even when the customer "will not deploy".
    /// </summary>
    private static ReasonClassifier.Scored? BlockedOrNoIntentReason(CueScores cues, ReasonClassifier.Candidates reasons)
    {
        var any = reasons.BestBlockedOrNoIntent;
        if (cues.NoIntent >= Stated && cues.Blocked < Stated && any is { L1: NoteStatus.Blocked } blocked
            && !reasons.IsRestriction(blocked.Index) && reasons.BestOf(NoteStatus.NoIntent) is { } decision)
        {
            return decision;
        }

        return any;
    }

    private static double Confidence(double weight) => Math.Min(0.97, 0.5 + 0.12 * weight);

    private static bool Satisfied(StatusCue cue, bool[] present, int offset)
    {
        foreach (var category in cue.All)
        {
            if (!present[offset + category])
            {
                return false;
            }
        }

        foreach (var category in cue.None)
        {
            if (present[offset + category])
            {
                return false;
            }
        }

        return true;
    }

    private static PhraseMatch? FirstIn(NoteReading reading, int category, int sentence)
    {
        foreach (var match in reading.All(category))
        {
            if (reading.SentenceOf(match.Start) == sentence)
            {
                return match;
            }
        }

        return null;
    }
}
