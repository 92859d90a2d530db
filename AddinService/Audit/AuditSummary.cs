using System.Globalization;
using NoteAddin.Checking.Model;

namespace NoteAddin.Service.Audit;

/// <summary>What a manager reads first: grades, the most frequent findings, and where the recorded status is wrong.</summary>
public static class AuditSummary
{
    public static void Write(TextWriter output, IReadOnlyList<AuditResult> results, int topFindings = 10, int examples = 10)
    {
        var total = results.Count;
        string Share(int count) => total == 0 ? "0 %" : (100.0 * count / total).ToString("0.0", CultureInfo.InvariantCulture) + " %";
        string N(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

        output.WriteLine($"Notes checked: {N(total)}");
        output.WriteLine("Grades:");
        foreach (var grade in Enum.GetValues<Grade>())
        {
            var count = results.Count(r => r.Check.Grade == grade);
            output.WriteLine($"  {grade,-12} {N(count),9}  {Share(count),7}");
        }

        output.WriteLine("Detected status (L1):");
        foreach (var status in Enum.GetValues<NoteStatus>())
        {
            var count = results.Count(r => r.Check.Status == status);
            if (count > 0)
            {
                output.WriteLine($"  {status,-17} {N(count),9}  {Share(count),7}");
            }
        }

        var findings = results
            .SelectMany(r => r.Check.Findings.Select(f => f.RuleId).Distinct())
            .GroupBy(id => id)
            .Select(g => (Rule: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Rule, StringComparer.Ordinal)
            .Take(topFindings)
            .ToList();
        output.WriteLine($"Most frequent findings (notes with each):");
        foreach (var (rule, count) in findings)
        {
            output.WriteLine($"  {rule,-28} {N(count),9}  {Share(count),7}");
        }

        if (findings.Count == 0)
        {
            output.WriteLine("  none");
        }

        var disagreements = results.Where(r => r.Agreement == Agreement.Disagrees).ToList();
        output.WriteLine($"Recorded status disagrees with the note: {N(disagreements.Count)} ({Share(disagreements.Count)})");
        foreach (var pair in disagreements
            .GroupBy(r => (Recorded: r.Recorded!.Value, Detected: r.Check.Status))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Recorded).ThenBy(g => g.Key.Detected))
        {
            output.WriteLine($"  recorded {pair.Key.Recorded,-16} note reads {pair.Key.Detected,-16} {N(pair.Count()),7}");
        }

        foreach (var r in disagreements.Take(examples))
        {
            output.WriteLine($"  line {r.Note.Line}: recorded {r.Recorded}, note reads {r.Check.Status}: {Shorten(r.Note.Text)}");
        }

        var unclear = results.Count(r => r.Agreement == Agreement.NoteUnclear);
        output.WriteLine($"Notes that state no readable status: {N(unclear)} ({Share(unclear)})");

        var unreadable = results.Where(r => r.Agreement == Agreement.RecordedUnreadable).ToList();
        output.WriteLine($"Recorded status empty or not a portal status: {N(unreadable.Count)}");
        foreach (var value in unreadable.GroupBy(r => r.Note.RecordedStatus).OrderByDescending(g => g.Count()).Take(examples))
        {
            output.WriteLine($"  \"{value.Key}\" ×{N(value.Count())} (first on line {value.First().Note.Line})");
        }

        var groups = results.Where(r => r.CopyPasteGroup > 0).GroupBy(r => r.CopyPasteGroup).ToList();
        output.WriteLine($"Copy-paste across workloads: {N(groups.Count)} group(s), {N(groups.Sum(g => g.Count()))} notes");
    }

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 90 ? flat : flat[..87] + "...";
    }
}
