using NoteAddin.Checking;
using NoteAddin.Checking.Mail;

namespace NoteAddin.Evaluation;

/// <summary>Counts for one slice of the corpus (a language, or all of it).</summary>
public sealed class MailTally
{
    public int Mails { get; set; }

    public int Labelled { get; set; }

    public int Predicted { get; set; }

    public int Matched { get; set; }

    public int WorkloadRight { get; set; }

    /// <summary>Found notes whose span is exactly the labelled one (IoU 1).</summary>
    public int Exact { get; set; }

    /// <summary>Mails without a note in which the reader found one.</summary>
    public int NoNoteMailsWithPredictions { get; set; }

    public int NoNoteMails { get; set; }

    public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;

    public double Recall => Labelled == 0 ? 1 : (double)Matched / Labelled;

    public double WorkloadAccuracy => Matched == 0 ? 1 : (double)WorkloadRight / Matched;
}

/// <summary>What the evaluation found: tallies overall and per language, every miss, and corpus mistakes.</summary>
public sealed class MailEvaluationReport
{
    public MailTally Overall { get; } = new();

    public SortedDictionary<string, MailTally> ByLanguage { get; } = new(StringComparer.Ordinal);

    /// <summary>Per corpus writer ("m1", "m2", the developer's "dev"): a rule that helps one writer and hurts another shows here.</summary>
    public SortedDictionary<string, MailTally> ByWriter { get; } = new(StringComparer.Ordinal);

    public List<string> Errors { get; } = new();

    /// <summary>Every predicted note, mail by mail (printed with --notes).</summary>
    public List<string> Notes { get; } = new();

    /// <summary>Labelled notes that do not occur exactly once in their mail's visible text.</summary>
    public List<string> CorpusProblems { get; } = new();
}

/// <summary>
/// Runs the mail checker over the labelled corpus. A predicted note counts as found when its span overlaps a
/// labelled note's span by IoU ≥ 0.5 (each labelled note matches one prediction at most, best overlap first);
/// workload accuracy is over the matched pairs.
/// </summary>
public static class MailEvaluator
{
    public const double MinimumOverlap = 0.5;

    public static MailChecker LoadChecker()
    {
        var checker = DevSetEvaluator.LoadChecker();
        return new MailChecker(checker, new BatchChecker(checker));
    }

    public static MailEvaluationReport Evaluate(MailChecker checker, IEnumerable<MailExample> mails)
    {
        var report = new MailEvaluationReport();
        foreach (var mail in mails)
        {
            var html = string.Equals(mail.BodyType, "html", StringComparison.OrdinalIgnoreCase);
            var result = checker.Check(new MailInput(mail.Body, html ? MailBodyType.Html : MailBodyType.Text, mail.Subject));
            var text = result.Text ?? mail.Body;
            var labels = new List<(int Start, int End, LabelledMailNote Note)>();
            foreach (var note in mail.Notes)
            {
                var found = TextLocator.FindAll(text, note.Text);
                if (found.Count != 1)
                {
                    report.CorpusProblems.Add($"{mail.Id}: the note \"{Short(note.Text)}\" occurs {(found.Count == 0 ? "nowhere" : "more than once")} in the mail's visible text");
                }

                labels.Add(found.Count > 0 ? (found[0].Start, found[0].End, note) : (-1, -1, note));
            }

            var predictions = result.Notes.Select(n => (Start: n.Start, End: n.Start + n.Length, n.Workload)).ToList();
            var pairs = Match(labels.Select(l => (l.Start, l.End)).ToList(), predictions.Select(p => (p.Start, p.End)).ToList());

            foreach (var tally in new[] { report.Overall, Tally(report.ByLanguage, mail.Lang), Tally(report.ByWriter, mail.Writer ?? Writer(mail.Id)) })
            {
                tally.Mails++;
                tally.Labelled += labels.Count;
                tally.Predicted += predictions.Count;
                tally.Matched += pairs.Count;
                tally.WorkloadRight += pairs.Count(p => labels[p.Label].Note.Workload == predictions[p.Prediction].Workload);
                tally.Exact += pairs.Count(p => labels[p.Label].Start == predictions[p.Prediction].Start && labels[p.Label].End == predictions[p.Prediction].End);
                if (labels.Count == 0)
                {
                    tally.NoNoteMails++;
                    tally.NoNoteMailsWithPredictions += predictions.Count > 0 ? 1 : 0;
                }
            }

            Describe(report.Errors, mail, text, labels, predictions, pairs);
            report.Notes.Add($"{mail.Id}: {result.Language}, {result.Notes.Count} notes");
            report.Notes.AddRange(result.Notes.Select(n => $"  [{n.Workload ?? "-"} via {n.WorkloadSource?.ToString() ?? "-"}] {n.Result.Language} {n.Result.Status} {n.Result.Grade}: \"{Short(text.Substring(n.Start, n.Length))}\""));
        }

        return report;
    }

    /// <summary>One-to-one pairs with IoU ≥ 0.5, the best overlaps first.</summary>
    public static List<(int Label, int Prediction)> Match(List<(int Start, int End)> labels, List<(int Start, int End)> predictions)
    {
        var candidates = new List<(double Iou, int Label, int Prediction)>();
        for (var l = 0; l < labels.Count; l++)
        {
            for (var p = 0; p < predictions.Count; p++)
            {
                var iou = Iou(labels[l], predictions[p]);
                if (iou >= MinimumOverlap)
                {
                    candidates.Add((iou, l, p));
                }
            }
        }

        var usedLabels = new HashSet<int>();
        var usedPredictions = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, l, p) in candidates.OrderByDescending(c => c.Iou))
        {
            if (usedLabels.Add(l))
            {
                if (usedPredictions.Add(p))
                {
                    pairs.Add((l, p));
                }
                else
                {
                    usedLabels.Remove(l);
                }
            }
        }

        return pairs;
    }

    public static double Iou((int Start, int End) a, (int Start, int End) b)
    {
        if (a.Start < 0 || b.Start < 0)
        {
            return 0;
        }

        var overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        var union = Math.Max(a.End, b.End) - Math.Min(a.Start, b.Start);
        return overlap <= 0 || union <= 0 ? 0 : (double)overlap / union;
    }

    private static MailTally Tally(SortedDictionary<string, MailTally> tallies, string key)
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tallies[key] = tally = new MailTally();
        }

        return tally;
    }

    /// <summary>A mail without a "writer" is its file's: "m1-007" → "m1", "dev-003" → "dev".</summary>
    private static string Writer(string id) => id.IndexOf('-') is var dash and > 0 ? id[..dash] : id;

    private static void Describe(
        List<string> errors,
        MailExample mail,
        string text,
        List<(int Start, int End, LabelledMailNote Note)> labels,
        List<(int Start, int End, string? Workload)> predictions,
        List<(int Label, int Prediction)> pairs)
    {
        var lines = new List<string>();
        for (var l = 0; l < labels.Count; l++)
        {
            var label = labels[l];
            var pair = pairs.FindIndex(p => p.Label == l);
            if (pair < 0)
            {
                var best = predictions.Select((p, i) => (Iou: Iou((label.Start, label.End), (p.Start, p.End)), i)).OrderByDescending(x => x.Iou).FirstOrDefault();
                var nearest = predictions.Count == 0 ? "nothing predicted" : $"nearest prediction IoU {best.Iou:0.00}: \"{Short(Slice(text, predictions[best.i].Start, predictions[best.i].End))}\"";
                lines.Add($"  missed   [{label.Note.Workload ?? "-"}] \"{Short(label.Note.Text)}\" ({nearest})");
            }
            else if (predictions[pairs[pair].Prediction].Workload != label.Note.Workload)
            {
                lines.Add($"  workload [{label.Note.Workload ?? "-"}] read as [{predictions[pairs[pair].Prediction].Workload ?? "-"}]: \"{Short(label.Note.Text)}\"");
            }
            else if (predictions[pairs[pair].Prediction] is var found && (found.Start, found.End) != (label.Start, label.End))
            {
                lines.Add($"  span     [{label.Note.Workload ?? "-"}] \"{Short(label.Note.Text)}\" read as \"{Short(Slice(text, found.Start, found.End))}\"");
            }
        }

        for (var p = 0; p < predictions.Count; p++)
        {
            if (!pairs.Exists(x => x.Prediction == p))
            {
                lines.Add($"  extra    [{predictions[p].Workload ?? "-"}] \"{Short(Slice(text, predictions[p].Start, predictions[p].End))}\"");
            }
        }

        if (lines.Count > 0)
        {
            errors.Add($"{mail.Id} ({mail.Lang}, {mail.BodyType}{(mail.HasQuote ? ", quoted thread" : string.Empty)}{(mail.Subject is null ? string.Empty : $", subject \"{Short(mail.Subject)}\"")}):");
            errors.AddRange(lines);
        }
    }

    private static string Slice(string text, int start, int end) => text[Math.Max(0, start)..Math.Min(text.Length, end)];

    private static string Short(string text)
    {
        var flat = text.Replace('\n', '⏎').Replace('\r', ' ').Replace('\t', '⇥');
        return flat.Length <= 110 ? flat : flat[..107] + "…";
    }
}
