using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking;

/// <summary>
/// Grade = worst severity among the findings (GUIDANCE.md). The score places the note inside its grade's band
/// (Good 70–100, Incomplete 40–69, Bad 0–39) by how clearly status and reason are stated and how much is wrong.
/// </summary>
public static class Grader
{
    /// <summary>The lowest score of a Good note; the pane and the audit page colour scores by it (GET /api/config).</summary>
    public const int GoodFrom = 70;

    /// <summary>The lowest score of an Incomplete note; below it a note is Bad.</summary>
    public const int IncompleteFrom = 40;

    public static Grade GradeOf(IReadOnlyList<Finding> findings)
    {
        var grade = Grade.Good;
        foreach (var finding in findings)
        {
            if (finding.Severity == Severity.Error)
            {
                return Grade.Bad;
            }

            if (finding.Severity == Severity.Warning)
            {
                grade = Grade.Incomplete;
            }
        }

        return grade;
    }

    public static int Score(Grade grade, NoteReading reading, IReadOnlyList<Finding> findings)
    {
        var clarity = reading.StatusConfidence;
        if (reading.Reason is { } reason)
        {
            clarity = (clarity + reason.Confidence) / 2;
        }

        var warnings = 0;
        var errors = 0;
        var infos = 0;
        foreach (var finding in findings)
        {
            switch (finding.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                default: infos++; break;
            }
        }

        return grade switch
        {
            Grade.Good => Band(GoodFrom, 100, clarity - 0.04 * infos),
            Grade.Incomplete => Band(IncompleteFrom, GoodFrom - 1, clarity - 0.15 * (warnings - 1) - 0.03 * infos),
            _ => Band(0, IncompleteFrom - 1, reading.IsEmpty ? 0 : clarity * 0.8 - 0.2 * (errors - 1) - 0.05 * warnings),
        };
    }

    private static int Band(int low, int high, double quality) =>
        low + (int)Math.Round((high - low) * Math.Clamp(quality, 0, 1));
}
