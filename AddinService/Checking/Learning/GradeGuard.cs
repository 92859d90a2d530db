namespace NoteAddin.Checking.Learning;

/// <summary>
/// The grade guard: a second stage that judges the notes the decision stage and the rules would grade Good, from what
/// the decision weighed (<see cref="GuardFeatures"/>). Every decision setting is one threshold on one probability, and
/// the Bad notes cross-validation still grades Good sit where no single threshold separates them (twenty-third
/// session); boosted regression trees over the same readings catch some of them where two or three readings meet.
/// Trained outside the service (ML.NET FastTree, on the cross-validation folds' out-of-fold readings, so they learn
/// what the decision sees on writers the model never read) and scored here: a walk down each tree, no allocation.
/// </summary>
/// <param name="Bias">The ensemble's constant, added to the trees' sum.</param>
/// <param name="Slope">With <paramref name="Offset"/>, the calibration ML.NET fitted: probability = 1 / (1 + e^(slope ×
/// score + offset)).</param>
/// <param name="Threshold">From this probability on the note is called unclear (a decision setting, tuned on
/// cross-validation; above 1: never).</param>
public sealed record GradeGuard(IReadOnlyList<GuardTree> Trees, double Bias, double Slope, double Offset, double Threshold)
{
    // Walked as an array: a foreach over the interface would allocate an enumerator per note.
    private readonly GuardTree[] _trees = [.. Trees];

    /// <summary>The trees' probability that a reviewer grades this note Bad.</summary>
    public double Probability(ReadOnlySpan<float> features)
    {
        var score = Bias;
        foreach (var tree in _trees)
        {
            score += tree.Output(features);
        }

        return 1 / (1 + Math.Exp(Slope * score + Offset));
    }

    /// <summary>Whether the note is unclear by the guard's word.</summary>
    public bool Flags(ReadOnlySpan<float> features) => Threshold <= 1 && Probability(features) >= Threshold;

    /// <summary>Why the guard cannot read vectors of <paramref name="width"/> features, or null.</summary>
    public string? Problem(int width)
    {
        foreach (var tree in Trees)
        {
            if (tree.Problem(width) is { } problem)
            {
                return problem;
            }
        }

        return Threshold > 0 ? null : $"threshold {Threshold} is not above 0";
    }
}

/// <summary>
/// One regression tree as ML.NET stores it: node i sends a note left when its feature <c>Feature[i]</c> is at most
/// <c>Split[i]</c>, else right; a child below zero is leaf ~child. A tree of one leaf has no nodes.
/// </summary>
public sealed record GuardTree(int[] Feature, float[] Split, int[] Left, int[] Right, double[] Leaf, double Weight)
{
    public double Output(ReadOnlySpan<float> features)
    {
        if (Feature.Length == 0)
        {
            return Weight * Leaf[0];
        }

        var node = 0;
        while (node >= 0)
        {
            node = features[Feature[node]] <= Split[node] ? Left[node] : Right[node];
        }

        return Weight * Leaf[~node];
    }

    // Checked once when the model file is read, so the walk above needs no bounds of its own.
    internal string? Problem(int width)
    {
        var nodes = Feature.Length;
        if (Split.Length != nodes || Left.Length != nodes || Right.Length != nodes || Leaf.Length != nodes + 1)
        {
            return $"a tree of {nodes} nodes needs as many splits and children and {nodes + 1} leaves";
        }

        for (var i = 0; i < nodes; i++)
        {
            if (Feature[i] < 0 || Feature[i] >= width)
            {
                return $"a tree splits on feature {Feature[i]}, outside 0–{width - 1}";
            }

            // Children point further down (ML.NET numbers them so), which also rules out a walk that never ends.
            foreach (var child in (ReadOnlySpan<int>)[Left[i], Right[i]])
            {
                if (child >= 0 ? child <= i || child >= nodes : ~child >= nodes + 1)
                {
                    return $"a tree's node {i} has child {child}, outside the tree";
                }
            }
        }

        return null;
    }
}
