using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Learning;

/// <summary>
/// What the grade guard (<see cref="GradeGuard"/>) reads: the readings the decision stage weighed and what it decided,
/// as numbers. The one definition: the decider fills it for the guard, and the trainer fits the guard on what the
/// decider filled (<see cref="IGuardFeatureSink"/>).
/// </summary>
public static class GuardFeatures
{
    private static readonly int Statuses = ReaderModel.StatusCount;

    /// <summary>How many features a model with <paramref name="judgedRules"/> judged heads gives the guard.</summary>
    public static int Width(int judgedRules) => Statuses + 2 + judgedRules + 1 + 5 * Statuses + 1;

    /// <param name="byStatus">The reader head's share per status.</param>
    /// <param name="top">The reader head's likeliest label's probability.</param>
    /// <param name="topHasReason">Whether that label names an L2.</param>
    /// <param name="judged">Each judged head's "yes".</param>
    /// <param name="decided">The status the decision gave.</param>
    /// <param name="hasReason">Whether the decision gave an L2.</param>
    public static void Fill(Span<float> into, ReadOnlySpan<double> byStatus, float top, bool topHasReason, ReadOnlySpan<float> judged, DecisionEvidence evidence, NoteStatus decided, bool hasReason)
    {
        into.Clear();
        var at = 0;
        for (var s = 0; s < Statuses; s++)
        {
            into[at++] = (float)byStatus[s];
        }

        into[at++] = top;
        into[at++] = topHasReason ? 1 : 0;
        judged.CopyTo(into[at..]);
        at += judged.Length;
        into[at++] = evidence.Rules.Stated ? 1 : 0;
        OneHot(into, ref at, evidence.StatedStatus);
        OneHot(into, ref at, evidence.OpeningLabel);
        OneHot(into, ref at, evidence.Rules.Status);
        OneHot(into, ref at, evidence.Reasons.Best?.L1);
        OneHot(into, ref at, decided);
        into[at] = hasReason ? 1 : 0;
    }

    private static void OneHot(Span<float> into, ref int at, NoteStatus? status)
    {
        if (status is { } s)
        {
            into[at + (int)s] = 1;
        }

        at += Statuses;
    }
}

/// <summary>Receives the guard's features of each note the decider reads (the trainer's window on them).</summary>
public interface IGuardFeatureSink
{
    void Read(ReadOnlySpan<float> features);
}
