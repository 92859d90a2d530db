using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;

namespace NoteAddin.Checking.Reading;

/// <summary>
/// Scores the portal's L2 reasons by the pack's phrases found in the note. A phrase inside a longer one of another
/// reason gives way to it ("on-premises infrastructure" is the customer's IT, not an on-premises commitment).
/// No phrase, no L2: the reader never guesses a reason the note does not give.
/// </summary>
public static class ReasonClassifier
{
    /// <summary>Evidence below this is a hint, not a reason.</summary>
    public const double MinimumScore = 1.0;

    public readonly record struct Scored(int Index, NoteStatus L1, double Score);

    public sealed class Candidates
    {
        public Candidates(double[] scores, ReasonDefinition[] reasons)
        {
            Scores = scores;
            Reasons = reasons;
        }

        public double[] Scores { get; }

        public ReasonDefinition[] Reasons { get; }

        public Scored? Best => BestWhere(_ => true);

        public Scored? BestBlockedOrNoIntent => BestWhere(s => s is NoteStatus.Blocked or NoteStatus.NoIntent);

        public Scored? BestInProgress => BestWhere(s => s == NoteStatus.InProgress);

        public Scored? BestOf(NoteStatus status) => BestWhere(s => s == status);

        public Scored? BestWhere(Func<NoteStatus, bool> accept)
        {
            Scored? best = null;
            for (var i = 0; i < Scores.Length; i++)
            {
                if (Scores[i] >= MinimumScore && accept(Reasons[i].L1) && (best is null || Beats(i, best.Value)))
                {
                    best = new Scored(i, Reasons[i].L1, Scores[i]);
                }
            }

            return best;
        }

        /// <summary>Legal/Regulatory and Security/Privacy: restrictions that stay Blocked whatever the wording.</summary>
        public bool IsRestriction(int index) => Reasons[index].Restriction;

        // On equal evidence a blocker wins over a decision: the restriction is what product groups can act on.
        private bool Beats(int index, Scored best) =>
            Scores[index] > best.Score || (Scores[index] == best.Score && Reasons[index].L1 == NoteStatus.Blocked && best.L1 != NoteStatus.Blocked);

        public double SecondBestWhere(Func<NoteStatus, bool> accept, int except)
        {
            var second = 0.0;
            for (var i = 0; i < Scores.Length; i++)
            {
                if (i != except && accept(Reasons[i].L1))
                {
                    second = Math.Max(second, Scores[i]);
                }
            }

            return second;
        }
    }

    internal static Candidates Score(NoteReading reading)
    {
        var pack = reading.Pack;
        var reasonOf = pack.ReasonIndexByCategory;
        var matches = reading.Matches;
        var scores = new double[pack.Reasons.Length];
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var reason = reasonOf[match.Category];
            if (reason < 0 || InsideLongerReason(matches, i, reasonOf, pack.MaxPhraseLength) || InsideUsageFigure(reading, match) || SeenBefore(matches, i))
            {
                continue;
            }

            scores[reason] += match.Weight;
        }

        return new Candidates(scores, pack.Reasons);
    }

    internal static ReasonResult? Result(NoteReading reading, Candidates candidates, NoteStatus status)
    {
        if (status == NoteStatus.Undetermined)
        {
            return null;
        }

        var best = candidates.BestOf(status);
        if (best is not { } chosen)
        {
            return null;
        }

        var definition = candidates.Reasons[chosen.Index];
        var second = candidates.SecondBestWhere(_ => true, chosen.Index);
        var confidence = Math.Clamp(0.4 + 0.15 * chosen.Score + 0.1 * (chosen.Score - second), 0.3, 0.97);
        return new ReasonResult(definition.L2, BestL3(reading, definition), Math.Round(confidence, 2));
    }

    internal static string? BestL3(NoteReading reading, ReasonDefinition definition)
    {
        string? best = null;
        var bestScore = 0.0;
        foreach (var l3 in definition.L3)
        {
            var score = 0.0;
            foreach (var match in reading.All(l3.Category))
            {
                score += match.Weight;
            }

            if (score > bestScore)
            {
                best = l3.Name;
                bestScore = score;
            }
        }

        return best;
    }

    // Two patterns of one reason can find the same words ("lizenz*" and "*lizenz*"): they are one piece of evidence.
    // Matches come in order of their end, so a match with the same span sits just before this one.
    private static bool SeenBefore(IReadOnlyList<Matching.PhraseMatch> matches, int index)
    {
        var match = matches[index];
        for (var j = index - 1; j >= 0 && matches[j].End == match.End; j--)
        {
            if (matches[j].Category == match.Category && matches[j].Start == match.Start)
            {
                return true;
            }
        }

        return false;
    }

    // "12 % der lizenzierten Benutzer" reports usage; its "licensed" is not a licensing problem.
    private static bool InsideUsageFigure(NoteReading reading, Matching.PhraseMatch match)
    {
        foreach (var usage in reading.All(reading.Pack.Categories.UsageWord))
        {
            if (usage.Start <= match.Start && usage.End >= match.End)
            {
                return true;
            }
        }

        return false;
    }

    // A longer phrase containing this one ends at or after it, but no further than the longest phrase reaches:
    // look only there, so a note of 10 000 repeated cue words stays linear.
    private static bool InsideLongerReason(IReadOnlyList<Matching.PhraseMatch> matches, int index, int[] reasonOf, int maxLength)
    {
        var match = matches[index];
        for (var j = index - 1; j >= 0 && matches[j].End == match.End; j--)
        {
            if (Contains(matches[j], match, reasonOf))
            {
                return true;
            }
        }

        for (var j = index + 1; j < matches.Count && matches[j].End <= match.Start + maxLength; j++)
        {
            if (Contains(matches[j], match, reasonOf))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(Matching.PhraseMatch other, Matching.PhraseMatch match, int[] reasonOf) =>
        reasonOf[other.Category] >= 0 && other.Start <= match.Start && other.End >= match.End && other.Length > match.Length;
}
