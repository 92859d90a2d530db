using NoteAddin.Checking.Model;

namespace NoteAddin.Checking.Reading;

/// <summary>
/// The hand-written decision: the rules' verdict as it stands, the reason from the pack's phrases. Used when no
/// model is loaded (rule-pack tests, an overlay experiment) and as the baseline the evaluation compares against.
/// </summary>
public sealed class RuleDecider : IStatusDecider
{
    public static readonly RuleDecider Instance = new();

    public StatusDecision Decide(NoteReading reading, DecisionEvidence evidence)
    {
        var verdict = evidence.Rules;
        var status = verdict.Status;
        var evidenceMatch = verdict.EvidenceSlot >= 0 ? evidence.CueMatches[verdict.EvidenceSlot] : null;
        return new StatusDecision(status, verdict.Confidence, ReasonClassifier.Result(reading, evidence.Reasons, status), false, evidenceMatch);
    }
}
