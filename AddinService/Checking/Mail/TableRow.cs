using NoteAddin.Checking.Packs;

namespace NoteAddin.Checking.Mail;

/// <summary>A table row read as a note: the workload's cell, and the span of the note's cell (-1 when the row
/// names no workload — a header row or a separator row — and holds no note).</summary>
internal readonly record struct TableRow(int Workload, int NoteStart, int NoteEnd);

/// <summary>
/// Reads a plain-text table row — cells split by tabs (how an HTML table reads as text), by '|' (how people type
/// one) or by aligned columns of spaces — as workload | status | note: the cell that is a workload label names the workload, cells that are only a
/// status label ("In Bearbeitung", "Blocked") are labels too, the longest other cell is the note. A row whose only
/// other cell is a status label has that status as its note ("SharePoint | Keine Absicht").
/// </summary>
internal static class TableRowReader
{
    // Columns aligned with spaces ("Teams      Blocked      Proxy …") are three spaces apart at least.
    private const int MinSpacesBetweenColumns = 3;

    /// <returns>Null when the line is no table row (fewer than two cells with words).</returns>
    public static TableRow? Read(MailScan scan, int line, int from, int to)
    {
        var text = scan.Text;
        var span = text.AsSpan(from, to - from);
        var separator = span.Contains('\t') ? '\t' : span.Contains('|') ? '|' : ' ';
        var workload = -1;
        (int Start, int End) note = (-1, -1), status = (-1, -1);
        var cells = 0;
        var cellStart = from;
        var i = from;
        while (i <= to)
        {
            var boundary = i == to || (separator == ' ' ? IsColumnGap(text, i, to) : text[i] == separator);
            if (!boundary)
            {
                i++;
                continue;
            }

            var (start, end) = LineText.Trim(text, cellStart, i);
            i = i == to ? to + 1 : separator == ' ' ? SkipSpaces(text, i, to) : i + 1;
            cellStart = i;
            if (!LineText.ContainsLetterOrDigitBetween(text, start, end))
            {
                continue; // empty cells, "|---|" rules, a leading or trailing '|'
            }

            cells++;
            if (workload < 0 && WorkloadLabel.Read(scan, line, start, end) is var named and >= 0)
            {
                workload = named;
            }
            else if (FieldLine.Covered(scan, line, start, end, MailCue.StatusLabel))
            {
                status = status.Start < 0 ? (start, end) : status;
            }
            else if (end - start > note.End - note.Start)
            {
                note = (start, end);
            }
        }

        if (cells < 2)
        {
            return null;
        }

        if (note.Start < 0)
        {
            note = status;
        }

        return workload < 0 || note.Start < 0 ? new TableRow(-1, -1, -1) : new TableRow(workload, note.Start, note.End);
    }

    /// <summary>Whether the line may split into cells: a tab, a '|', or a gap of aligned columns.</summary>
    public static bool LooksLikeRow(string text, int from, int to)
    {
        var span = text.AsSpan(from, to - from);
        return span.Contains('\t') || span.Contains('|') || span.Contains("   ", StringComparison.Ordinal);
    }

    private static bool IsColumnGap(string text, int i, int to) =>
        i + MinSpacesBetweenColumns <= to && text[i] == ' ' && text[i + 1] == ' ' && text[i + 2] == ' ';

    private static int SkipSpaces(string text, int i, int to)
    {
        while (i < to && text[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
