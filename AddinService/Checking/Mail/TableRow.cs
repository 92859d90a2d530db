using NoteAddin.Checking.Packs;

namespace NoteAddin.Checking.Mail;

/// <summary>A table row read as a note: the workload's cell, and the span of the note's cell (-1 when the row
/// names no workload — a header row or a separator row — and holds no note).</summary>
internal readonly record struct TableRow(int Workload, int NoteStart, int NoteEnd);

/// <summary>
/// Reads a plain-text table row — cells split by tabs (how an HTML table reads as text) or by '|' (how people type
/// one) — as workload | status | note: the cell that is a workload label names the workload, cells that are only a
/// status label ("In Bearbeitung", "Blocked") are labels too, the longest other cell is the note. A row whose only
/// other cell is a status label has that status as its note ("SharePoint | Keine Absicht").
/// </summary>
internal static class TableRowReader
{
    /// <returns>Null when the line is no table row (fewer than two cells with words).</returns>
    public static TableRow? Read(MailScan scan, int line, int from, int to)
    {
        var text = scan.Text;
        var separator = text.AsSpan(from, to - from).Contains('\t') ? '\t' : '|';
        var workload = -1;
        (int Start, int End) note = (-1, -1), status = (-1, -1);
        var cells = 0;
        var cellStart = from;
        for (var i = from; i <= to; i++)
        {
            if (i < to && text[i] != separator)
            {
                continue;
            }

            var (start, end) = LineText.Trim(text, cellStart, i);
            cellStart = i + 1;
            if (!LineText.ContainsLetterOrDigitBetween(text, start, end))
            {
                continue; // empty cells, "|---|" rules, a leading or trailing '|'
            }

            cells++;
            if (workload < 0 && WorkloadLabel.Read(scan, line, start, end) is var named and >= 0)
            {
                workload = named;
            }
            else if (IsStatusLabel(scan, line, start, end))
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

    /// <summary>Whether the line splits into cells at all (a tab, or a '|' between words).</summary>
    public static bool LooksLikeRow(string text, int from, int to)
    {
        var span = text.AsSpan(from, to - from);
        return span.Contains('\t') || span.Contains('|');
    }

    private static bool IsStatusLabel(MailScan scan, int line, int from, int to)
    {
        var text = scan.Text;
        var covered = from;
        foreach (var cue in scan.Cues(line, from, to))
        {
            if (cue.Cue != MailCue.StatusLabel || cue.End > to || cue.Start < covered)
            {
                continue;
            }

            if (LineText.ContainsLetterOrDigitBetween(text, covered, cue.Start))
            {
                return false;
            }

            covered = cue.End;
        }

        return covered > from && !LineText.ContainsLetterOrDigitBetween(text, covered, to);
    }
}
