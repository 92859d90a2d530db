namespace NoteAddin.Evaluation;

/// <summary>Prints the mail evaluation: detection precision and recall and workload accuracy, per language, overall and per writer.</summary>
public static class MailReportPrinter
{
    public static void Print(MailEvaluationReport report, TextWriter output, bool showErrors, bool showNotes = false)
    {
        if (showNotes)
        {
            foreach (var line in report.Notes)
            {
                output.WriteLine(line);
            }

            output.WriteLine();
        }

        output.WriteLine($"{"",-8} {"mails",6} {"notes",6} {"found",6} {"predicted",9} {"precision",10} {"recall",8} {"workload",9} {"exact",7} {"no-note mails with a note found",32}");
        foreach (var (language, tally) in report.ByLanguage)
        {
            Row(output, language, tally);
        }

        Row(output, "overall", report.Overall);
        if (report.ByWriter.Count > 1)
        {
            foreach (var (writer, tally) in report.ByWriter)
            {
                Row(output, "  " + writer, tally);
            }
        }

        output.WriteLine($"(a prediction counts when its span overlaps a labelled note's by IoU ≥ {MailEvaluator.MinimumOverlap:0.0}; workload accuracy and exact spans are over the found notes)");

        if (report.CorpusProblems.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"corpus problems ({report.CorpusProblems.Count}):");
            foreach (var problem in report.CorpusProblems)
            {
                output.WriteLine("  " + problem);
            }
        }

        if (showErrors && report.Errors.Count > 0)
        {
            output.WriteLine();
            foreach (var error in report.Errors)
            {
                output.WriteLine(error);
            }
        }
    }

    private static void Row(TextWriter output, string name, MailTally t) =>
        output.WriteLine($"{name,-8} {t.Mails,6} {t.Labelled,6} {t.Matched,6} {t.Predicted,9} {t.Precision,10:P1} {t.Recall,8:P1} {t.WorkloadAccuracy,9:P1} {(t.Matched == 0 ? 1 : (double)t.Exact / t.Matched),7:P0} {$"{t.NoNoteMailsWithPredictions} of {t.NoNoteMails}",32}");
}
