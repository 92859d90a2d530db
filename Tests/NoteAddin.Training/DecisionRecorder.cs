using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Training;

/// <summary>
/// Passes the decision on to a <see cref="LearnedDecider"/> and keeps what it weighed: the model's probabilities (scored a
/// second time beside the real decision, which recording must not change), the status the cues state, the label the
/// note opens with, the rules' verdict, the packs' best reason, and the decision's judged rules. For `experiment --dump`
/// and `explain`.
/// </summary>
public sealed class DecisionRecorder(LearnedDecider inner) : IStatusDecider
{
    /// <summary>Opens <see cref="RuleStatus"/> when the cue words state the status outright ("stated:Blocked").</summary>
    public const string StatedPrefix = "stated:";

    public NoteStatus? Stated { get; private set; }

    public NoteStatus? OpeningLabel { get; private set; }

    public string RuleStatus { get; private set; } = "";

    public string? WordsReason { get; private set; }

    public Dictionary<string, double> ByStatus { get; } = [];

    public string TopLabel { get; private set; } = "";

    public RuleJudgements? Judgements { get; private set; }

    public ReaderModel Model => inner.Model;

    /// <summary>The reader head's label probabilities, in <see cref="ReaderModel.Labels"/> order.</summary>
    public IReadOnlyList<float> LabelProbabilities { get; private set; } = [];

    public StatusDecision Decide(NoteReading reading, DecisionEvidence evidence)
    {
        var model = inner.Model;
        var p = new float[model.Classes];
        model.Score(reading, evidence, p);
        LabelProbabilities = p[..model.Labels.Length];
        Stated = evidence.StatedStatus;
        OpeningLabel = evidence.OpeningLabel;
        RuleStatus = (evidence.Rules.Stated ? StatedPrefix : "") + evidence.Rules.Status;
        WordsReason = evidence.Reasons.Best is { } best ? $"{best.L1}|{reading.Pack.Reasons[best.Index].L2}" : null;
        Span<double> byStatus = stackalloc double[ReaderModel.StatusCount];
        model.SumByStatus(p, byStatus);
        ByStatus.Clear();
        foreach (var status in model.LabelStatus)
        {
            // In label order, as the dump has always written them.
            ByStatus[status.ToString()] = Math.Round(byStatus[(int)status], 4);
        }

        var top = model.TopLabel(p);

        TopLabel = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{model.Labels[top]}:{p[top]:0.000}");
        var decision = inner.Decide(reading, evidence);
        Judgements = decision.Judgements;
        return decision;
    }
}
