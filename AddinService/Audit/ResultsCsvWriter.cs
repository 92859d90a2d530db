using System.Globalization;
using System.Text;
using NoteAddin.Checking;

namespace NoteAddin.Service.Audit;

/// <summary>Writes the results file: one row per note in the input's order, UTF-8 with a byte-order mark so Excel
/// shows umlauts, RFC 4180 quoting.</summary>
public static class ResultsCsvWriter
{
    public static readonly string[] Header =
    [
        "line", "id", "tenant", "workload", "recorded_status", "detected_status", "disagrees", "grade", "score",
        "l1", "l2", "l3", "reason_confidence", "rule_ids", "copy_paste_group", "suggestion", "note",
    ];

    /// <summary>Writes to a temporary file beside <paramref name="path"/> and moves it into place, so a failed run
    /// never leaves half a results file that looks complete.</summary>
    /// <param name="labels">The engine's recorded-status labels: column l1 holds the portal's name of the status read.</param>
    public static void Write(string path, IReadOnlyList<AuditResult> results, char delimiter, RecordedStatusLabels labels)
    {
        var temporary = path + ".partial";
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            Write(writer, results, delimiter, labels);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static void Write(TextWriter writer, IReadOnlyList<AuditResult> results, char delimiter, RecordedStatusLabels labels)
    {
        var fields = new string[Header.Length];
        WriteRow(writer, Header, delimiter);
        foreach (var r in results)
        {
            var check = r.Check;
            fields[0] = r.Note.Line.ToString(CultureInfo.InvariantCulture);
            fields[1] = r.Note.Id;
            fields[2] = r.Note.Tenant;
            fields[3] = r.Note.Workload;
            fields[4] = r.Note.RecordedStatus;
            fields[5] = check.Status.ToString();
            fields[6] = AgreementText(r.Agreement);
            fields[7] = check.Grade.ToString();
            fields[8] = check.Score.ToString(CultureInfo.InvariantCulture);
            fields[9] = labels.PortalName(check.Status);
            fields[10] = check.Reason?.L2 ?? string.Empty;
            fields[11] = check.Reason?.L3 ?? string.Empty;
            fields[12] = check.Reason?.Confidence.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty;
            fields[13] = string.Join(' ', check.Findings.Select(f => f.RuleId).Distinct());
            fields[14] = r.CopyPasteGroup > 0 ? r.CopyPasteGroup.ToString(CultureInfo.InvariantCulture) : string.Empty;
            fields[15] = check.Suggestion?.Text ?? string.Empty;
            fields[16] = r.Note.Text;
            WriteRow(writer, fields, delimiter);
        }
    }

    public static string AgreementText(Agreement agreement) => agreement switch
    {
        Agreement.Agrees => "no",
        Agreement.Disagrees => "yes",
        Agreement.NoteUnclear => "note-unclear",
        _ => "recorded-unreadable",
    };

    private static void WriteRow(TextWriter writer, string[] fields, char delimiter)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(delimiter);
            }

            WriteField(writer, fields[i], delimiter);
        }

        writer.Write("\r\n");
    }

    private static void WriteField(TextWriter writer, string value, char delimiter)
    {
        // A cell that starts like a formula would run as one when the file is opened in a spreadsheet (CSV
        // injection); a leading apostrophe makes the spreadsheet show it as text.
        if (value.Length > 0 && value[0] is '=' or '+' or '@' or '-' && !IsNumber(value))
        {
            value = "'" + value;
        }

        if (value.AsSpan().IndexOfAny(delimiter, '"', '\n') < 0 && !value.Contains('\r'))
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    private static bool IsNumber(string value) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
