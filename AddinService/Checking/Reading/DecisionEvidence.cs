using NoteAddin.Checking.Matching;
using NoteAddin.Checking.Model;

namespace NoteAddin.Checking.Reading;

/// <summary>
/// What the reader collected for the status decision: the pack's status cues per status, the reason candidates,
/// and the verdict the hand-written rules reach from them. The decision stage turns this into status, confidence
/// and reason; the learned model reads all of it as features.
/// </summary>
public sealed class DecisionEvidence
{
    public required CueScores Cues { get; init; }

    /// <summary>Where each status's strongest cue sat (index = <see cref="StatusSlots"/> slot).</summary>
    public required PhraseMatch?[] CueMatches { get; init; }

    public required ReasonClassifier.Candidates Reasons { get; init; }

    /// <summary>The hand-written rules' verdict (StatusResolver): a feature for the model, the decision without one.</summary>
    public required RuleVerdict Rules { get; init; }

    /// <summary>The one status the note states outright (its cues reach <see cref="CueScores.Stated"/> for it and no
    /// other), or null: "Customer has no intent" states NoIntent; "will not deploy" states neither Blocked nor NoIntent.</summary>
    public NoteStatus? StatedStatus
    {
        get
        {
            NoteStatus? stated = null;
            ReadOnlySpan<double> scores = [Cues.InProgress, Cues.Blocked, Cues.NoIntent, Cues.Unknown, Cues.Duplicate];
            for (var slot = 0; slot < scores.Length; slot++)
            {
                if (scores[slot] >= CueScores.Stated)
                {
                    if (stated is not null)
                    {
                        return null;
                    }

                    stated = (NoteStatus)slot;
                }
            }

            return stated;
        }
    }

    /// <summary>The status label the note opens with ("NI – …", "Blockiert: …"; <see cref="RecordedStatusLabels.Opening"/>),
    /// or null. Not a feature of the model: the decision reads it (<see cref="Learning.DecisionSettings.OpeningLabelWins"/>).</summary>
    public NoteStatus? OpeningLabel { get; init; }

    /// <summary>The note is about meetings or usage figures, or is a short list of figures.</summary>
    public required bool MeetingsOrFigures { get; init; }

    /// <summary>The reader found words for some reason (an L2 candidate with enough evidence).</summary>
    public bool HasReasonWords => Reasons.Best is not null;

    /// <summary>Evidence score per L2 reason of the pack (same order as the pack's reasons).</summary>
    public ReadOnlySpan<double> ReasonScores => Reasons.Scores;
}

/// <summary>The rules' status: <paramref name="Stated"/> when a cue said it outright rather than a reason implying it.</summary>
public readonly record struct RuleVerdict(NoteStatus Status, double Confidence, bool Stated, int EvidenceSlot);

/// <summary>The decision stage's answer. <paramref name="Unclear"/>: a status is given but the note does not make it
/// clear. <paramref name="Judgements"/>: the model's word on rules that lists judge badly (null without a model).
/// <paramref name="ReasonOfAnotherStatus"/>: unclear, and the only reason the packs' words name belongs to another status.
/// <paramref name="Guarded"/>: clear to the decision, but the grade guard (<see cref="Learning.GradeGuard"/>) calls it
/// unclear should the rules leave it Good.</summary>
public readonly record struct StatusDecision(NoteStatus Status, double Confidence, ReasonResult? Reason, bool Unclear, PhraseMatch? Evidence, RuleJudgements? Judgements = null, bool ReasonOfAnotherStatus = false, bool Guarded = false);

/// <summary>For each judged rule id, the model's probability that a careful reviewer raises it on this note.</summary>
/// <param name="addsFrom">The probability from which the model's word alone adds a finding to a rule that takes the
/// model's "yes" but never its "no" (<see cref="NoteReading.ByWordsOrJudged"/>); a decision setting.</param>
public sealed class RuleJudgements(string[] rules, float[] probabilities, double addsFrom = RuleJudgements.Fires, double vagueWordsOverruledFrom = double.PositiveInfinity)
{
    /// <summary>Probability from which a judged rule fires.</summary>
    public const double Fires = 0.5;

    /// <summary>Whether the model's "no" for vague-reason is sure enough to overrule the packs' broad-area words
    /// (<c>DecisionSettings.VagueWordsOverruledFrom</c>; never for a model that does not judge the rule).</summary>
    public bool OverrulesVagueWords(string ruleId) => Probability(ruleId) is { } p && 1 - p >= vagueWordsOverruledFrom;

    /// <summary>Whether the rule fires by the model's judgement; null when the model does not judge it.</summary>
    public bool? Fire(string ruleId) => Probability(ruleId) is { } p ? p >= Fires : null;

    /// <summary>Like <see cref="Fire"/>, but from the probability at which the model's word adds a finding rather
    /// than from an even chance: for an Error rule the model decides alone (engagement-info), where a Bad note read
    /// as Good costs more than a Good note read as Bad.</summary>
    public bool? FireReadily(string ruleId) => Probability(ruleId) is { } p ? p >= addsFrom : null;

    /// <summary>The model's probability for the rule, or null when the model does not judge it.</summary>
    public float? Probability(string ruleId)
    {
        var i = Array.IndexOf(rules, ruleId);
        return i < 0 ? null : probabilities[i];
    }
}

/// <summary>Turns the reader's evidence into status, confidence and reason — the one place the status is decided.</summary>
public interface IStatusDecider
{
    StatusDecision Decide(NoteReading reading, DecisionEvidence evidence);
}
