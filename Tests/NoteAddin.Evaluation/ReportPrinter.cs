using System.Globalization;

namespace NoteAddin.Evaluation;

/// <summary>Prints an evaluation as plain tables: headline figures, confusion tables, per-rule precision/recall.</summary>
public static class ReportPrinter
{
    public static void Print(EvaluationReport report, TextWriter output, bool showErrors)
    {
        output.WriteLine($"notes: {report.Count}");
        output.WriteLine($"status right: {Percent(report.StatusAccuracy)}   grade right: {Percent(report.GradeAccuracy)}   L2 right: {Percent(report.L2Accuracy)}");
        output.WriteLine($"required rules found: {Percent(report.RuleRecall)} ({report.RequiredRulesFound}/{report.RequiredRules})   Bad graded Good: {report.BadGradedGood}");
        output.WriteLine();
        Table(output, "status (rows: expected, columns: actual)", report.StatusConfusion);
        Table(output, "grade (rows: expected, columns: actual)", report.GradeConfusion);
        Table(output, "L2 (rows: expected, columns: actual; codes below)", Coded(report.L2Confusion, out var codes));
        foreach (var (code, name) in codes)
        {
            output.WriteLine($"  {code} = {name}");
        }

        output.WriteLine();
        output.WriteLine("L2 confusions (expected -> actual: count), mistakes only");
        foreach (var ((expected, actual), count) in report.L2Confusion.Where(c => c.Key.Expected != c.Key.Actual).OrderByDescending(c => c.Value))
        {
            output.WriteLine($"  {expected} -> {actual}: {count}");
        }

        output.WriteLine();
        output.WriteLine($"{"rule",-28} {"tp",4} {"fp",4} {"fn",4} {"precision",10} {"recall",8}");
        foreach (var (rule, (tp, fp, fn)) in report.Rules.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
            output.WriteLine($"{rule,-28} {tp,4} {fp,4} {fn,4} {Percent(precision),10} {Percent(recall),8}");
        }

        if (showErrors)
        {
            output.WriteLine();
            foreach (var error in report.Errors)
            {
                output.WriteLine(error);
            }
        }
    }

    private static void Table(TextWriter output, string title, Dictionary<(string Expected, string Actual), int> confusion)
    {
        var labels = confusion.Keys.SelectMany(k => new[] { k.Expected, k.Actual }).Distinct().OrderBy(l => l, StringComparer.Ordinal).ToList();
        output.WriteLine(title);
        var width = labels.All(l => l.Length <= 4) ? 5 : 9;
        output.Write($"{"",-18}");
        foreach (var label in labels)
        {
            output.Write(Short(label).PadLeft(width));
        }

        output.WriteLine();
        foreach (var expected in labels)
        {
            output.Write($"{Short(expected),-18}");
            foreach (var actual in labels)
            {
                output.Write(confusion.GetValueOrDefault((expected, actual)).ToString(CultureInfo.InvariantCulture).PadLeft(width));
            }

            output.WriteLine();
        }

        output.WriteLine();
    }

    // Nineteen L2 names do not fit as column heads: number them.
    private static Dictionary<(string Expected, string Actual), int> Coded(Dictionary<(string Expected, string Actual), int> confusion, out List<(string Code, string Name)> codes)
    {
        var names = confusion.Keys.SelectMany(k => new[] { k.Expected, k.Actual }).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();
        codes = names.Select((n, i) => ($"L{i:00}", n)).ToList();
        var code = codes.ToDictionary(c => c.Name, c => c.Code);
        return confusion.ToDictionary(c => (code[c.Key.Expected], code[c.Key.Actual]), c => c.Value);
    }

    private static string Short(string label) => label.Length <= 16 ? label : label[..16];

    private static string Percent(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
