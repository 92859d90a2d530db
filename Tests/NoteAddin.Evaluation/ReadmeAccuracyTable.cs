using System.Globalization;
using System.Text;

namespace NoteAddin.Evaluation;

/// <summary>
/// The README's accuracy table: the both-languages rows of docs/ACCURACY.md's summary table and which blind test sets
/// meet issue 8's goals, derived from that document's text rather than copied or counted by hand, so the two cannot
/// drift. The accuracy command rewrites it between two markers after writing the document; a test holds the committed
/// README to the committed document.
/// </summary>
public static class ReadmeAccuracyTable
{
    public const string Begin = "<!-- accuracy table: written by the accuracy command from docs/ACCURACY.md; do not edit by hand -->";
    public const string End = "<!-- end of the accuracy table -->";

    // Issue 8's goals on a blind test set: status, L2 where a reason is stated and grade at least these percentages (as
    // the report prints them, to 0.1), and at most this share of the notes labelled Bad graded Good (counted exactly).
    private const double StatusGoal = 95, L2Goal = 85, GradeGoal = 92, BadGradedGoodGoal = 0.005;

    // One both-languages row of the summary: the five figures the README shows, as printed, and Bad graded Good counted.
    private sealed record Row(string Set, int Notes, string Status, string L2, string Grade, string Findings, string BadGoodCell, int BadGood, int Bad)
    {
        public string Cells => $"{Status} | {L2} | {Grade} | {Findings} | {BadGoodCell}";

        public static double Percent(string figure) => double.Parse(figure.TrimEnd(' ', '%'), CultureInfo.InvariantCulture);
    }

    /// <summary>The table (header included) for the summary rows of <paramref name="accuracyMarkdown"/> — the newest
    /// blind set first with the rule packs' baseline beneath it, then every other section in the document's order — and
    /// a paragraph on which blind sets meet which goal.</summary>
    public static string From(string accuracyMarkdown)
    {
        var rows = new List<Row>();
        Row? baseline = null;
        foreach (var line in accuracyMarkdown.Split('\n').Select(l => l.TrimEnd('\r')).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            // | set | language | notes | status | L2 (stated) | L2 (all) | grade | findings recall | findings precision | Bad→Good |
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length != 12 || cells[2] != "all")
            {
                continue;
            }

            // "1 of 203 (0.5 %)"
            var parts = cells[10].Split(' ');
            if (parts.Length < 3 || parts[1] != "of" || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var badGood) || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out var bad))
            {
                throw new FormatException($"docs/ACCURACY.md: \"{cells[10]}\" is not \"N of M (P %)\".");
            }

            var row = new Row(cells[1], int.Parse(cells[3], CultureInfo.InvariantCulture), cells[4], cells[5], cells[7], cells[8], cells[10], badGood, bad);
            if (row.Set.StartsWith(AccuracyDocument.BaselineTitle, StringComparison.Ordinal))
            {
                baseline = row;
            }
            else
            {
                rows.Add(row);
            }
        }

        if (rows.Count == 0 || baseline is null)
        {
            throw new FormatException("docs/ACCURACY.md has no summary rows for all languages, or no rule-pack baseline among them.");
        }

        var text = new StringBuilder();
        text.Append("| set | status | L2 where a reason is stated | grade | required findings found | Bad graded Good |\n");
        text.Append("|---|---|---|---|---|---|\n");
        for (var i = 0; i < rows.Count; i++)
        {
            text.Append($"| {char.ToLowerInvariant(rows[i].Set[0])}{rows[i].Set[1..]} ({rows[i].Notes}) | {rows[i].Cells} |\n");
            if (i == 0)
            {
                text.Append($"| same set, rule packs alone (the reader before the model) | {baseline.Cells} |\n");
            }
        }

        Goals(text, rows.Where(r => r.Set.StartsWith(AccuracyDocument.BlindTitle, StringComparison.Ordinal)).ToList());
        return text.ToString();
    }

    private static void Goals(StringBuilder text, IReadOnlyList<Row> blind)
    {
        string Name(Row r) => r.Set[AccuracyDocument.BlindTitle.Length..];
        // Names the shorter list: the sets that miss the goal, with their figure, or those that meet it.
        string Missed(string goal, Func<Row, bool> meets, Func<Row, string> figure)
        {
            var missed = blind.Where(r => !meets(r)).ToList();
            var met = blind.Where(meets).ToList();
            return missed.Count == 0 ? $"{goal} on all {blind.Count}"
                : missed.Count <= met.Count ? $"{goal} on {met.Count} (missed on {string.Join(", ", missed.Select(r => $"{Name(r)} {figure(r)}"))})"
                : $"{goal} on {met.Count} ({string.Join(", ", met.Select(Name))})";
        }

        bool Status(Row r) => Row.Percent(r.Status) >= StatusGoal;
        bool L2(Row r) => Row.Percent(r.L2) >= L2Goal;
        bool Grade(Row r) => Row.Percent(r.Grade) >= GradeGoal;
        bool BadGood(Row r) => r.BadGood <= BadGradedGoodGoal * r.Bad;
        var all = blind.Where(r => Status(r) && L2(r) && Grade(r) && BadGood(r)).Select(Name).ToList();

        text.Append('\n');
        text.Append($"Issue 8's goals on a blind test set are status ≥ {StatusGoal} %, L2 ≥ {L2Goal} % where a reason is stated, grade ≥ {GradeGoal} % and ");
        text.Append($"Bad graded Good ≤ {(BadGradedGoodGoal * 100).ToString(CultureInfo.InvariantCulture)} %. Of the {blind.Count} sets, ");
        text.Append(Missed("status meets its goal", Status, r => r.Status)).Append("; ");
        text.Append(Missed("L2", L2, r => r.L2)).Append("; ");
        text.Append(Missed("grade", Grade, r => r.Grade)).Append("; ");
        text.Append(Missed("Bad graded Good", BadGood, r => $"{r.BadGood} of {r.Bad}")).Append(". ");
        text.Append(all.Count == 0 ? "No set meets all four.\n" : $"All four are met on {string.Join(", ", all)}.\n");
    }

    /// <summary>Rewrites the table in the README at <paramref name="readmePath"/> from the document's text.</summary>
    public static void Write(string readmePath, string accuracyMarkdown) =>
        File.WriteAllText(readmePath, Replace(File.ReadAllText(readmePath), From(accuracyMarkdown)));

    /// <summary>The README's text between the markers (the table as committed).</summary>
    public static string Current(string readme)
    {
        var (start, end) = Markers(readme);
        return readme[start..end];
    }

    /// <summary><paramref name="readme"/> with <paramref name="table"/> between the markers.</summary>
    public static string Replace(string readme, string table)
    {
        var (start, end) = Markers(readme);
        return string.Concat(readme.AsSpan(0, start), table, readme.AsSpan(end));
    }

    private static (int Start, int End) Markers(string readme)
    {
        var begin = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin || readme.IndexOf(Begin, begin + 1, StringComparison.Ordinal) >= 0)
        {
            throw new FormatException($"README.md must hold the accuracy table between one \"{Begin}\" line and one \"{End}\" line.");
        }

        return (begin + Begin.Length + 1, end);
    }
}
