namespace NoteAddin.Evaluation;

/// <summary>How the engine did on a set of labelled notes.</summary>
public sealed class EvaluationReport
{
    public int Count { get; set; }

    public int StatusRight { get; set; }

    public int GradeRight { get; set; }

    public int L2Right { get; set; }

    /// <summary>L1 as the portal has it: the status, with Undetermined standing for "no status".</summary>
    public int L1Right { get; set; }

    /// <summary>Notes whose label gives an L2 (the note states a reason), and how many of those the reader got.</summary>
    public int L2Stated { get; set; }

    public int L2StatedRight { get; set; }

    /// <summary>Notes labelled Bad (the denominator of Bad graded Good).</summary>
    public int Bad { get; set; }

    public int RequiredRules { get; set; }

    public int RequiredRulesFound { get; set; }

    /// <summary>Findings raised that the label does not list: recall alone would reward a checker that raises all.</summary>
    public int FalseFindings { get; set; }

    public int BadGradedGood { get; set; }

    public Dictionary<(string Expected, string Actual), int> StatusConfusion { get; } = new();

    public Dictionary<(string Expected, string Actual), int> GradeConfusion { get; } = new();

    public Dictionary<(string Expected, string Actual), int> L2Confusion { get; } = new();

    /// <summary>Per rule: true positives, false positives, false negatives.</summary>
    public Dictionary<string, (int Tp, int Fp, int Fn)> Rules { get; } = new();

    public List<string> Errors { get; } = new();

    public double StatusAccuracy => Ratio(StatusRight, Count);

    public double GradeAccuracy => Ratio(GradeRight, Count);

    public double L2Accuracy => Ratio(L2Right, Count);

    public double L1Accuracy => Ratio(L1Right, Count);

    public double L2StatedAccuracy => Ratio(L2StatedRight, L2Stated);

    public double BadGradedGoodRate => Bad == 0 ? 0 : (double)BadGradedGood / Bad;

    public double RuleRecall => Ratio(RequiredRulesFound, RequiredRules);

    public double RulePrecision => Ratio(RequiredRulesFound, RequiredRulesFound + FalseFindings);

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}
