using NoteAddin.Checking.Packs;

namespace NoteAddin.Checking.Mail;

/// <summary>A workload label at the start of a line; <see cref="NoteStart"/> is where the note's words begin
/// (the line's end when the label stands alone, as a heading over the note's lines). <see cref="Workload"/> is -1
/// for a label that stands for every workload ("Alle Workloads:").</summary>
internal readonly record struct LabelLine(int Workload, int NoteStart, bool IsHeading);

/// <summary>
/// Reads the labelled forms of a note line: "Teams: …", "- Exchange Online – …", "1. Intune -> …", "EXO = …",
/// "Teams (In Bearbeitung): …", "**SharePoint**: …", and a label alone on its line ("Teams:", "Stand Intune",
/// "Workload: Teams" over a key-value block).
/// </summary>
internal static class LabelParser
{
    // Labels are a few words ("Microsoft 365 Apps (in Planung)"); a colon further in belongs to a sentence.
    private const int MaxLabelLength = 80;

    // "Exchange Online Migration:", "Teams Telefonie –": one topic word after the workload; with two, "Teams wird
    // eingeführt: …" would read as a label.
    private const int MaxTopicWords = 1;

    public static LabelLine? Parse(MailScan scan, int line, int from, int to)
    {
        var text = scan.Text;
        var start = ListMarker.Skip(text, from, to);
        var (separator, length) = FindSeparator(text, start, Math.Min(to, start + MaxLabelLength));
        var labelEnd = separator >= 0 ? separator : to;
        if (separator < 0 && to - start > MaxLabelLength)
        {
            return null;
        }

        var workload = WorkloadLabel.Read(scan, line, start, labelEnd, separator >= 0 ? MaxTopicWords : 0);
        // "Alle Workloads: Kunde reagiert nicht …" — a note for every workload, so of none in particular.
        var everyWorkload = workload < 0 && separator >= 0 && FieldLine.Covered(scan, line, start, separator, MailCue.AllWorkloads);
        if (workload < 0 && !everyWorkload)
        {
            // "Workload: Teams", "Thema: Intune": a field naming the workload heads a key-value block.
            return separator >= 0 && FieldLine.Covered(scan, line, start, separator, MailCue.LabelWord)
                && WorkloadLabel.Read(scan, line, separator + length, to) is var named and >= 0
                ? new LabelLine(named, to, IsHeading: true)
                : null;
        }

        if (separator < 0)
        {
            return new LabelLine(workload, to, IsHeading: true);
        }

        // "Teams:** läuft" — markup closing the label is not part of the note; "In Bearbeitung –" after it is.
        var noteStart = separator + length;
        while (noteStart < to && (char.IsWhiteSpace(text[noteStart]) || text[noteStart] is '*' or '_'))
        {
            noteStart++;
        }

        if (noteStart >= to)
        {
            return new LabelLine(workload, to, IsHeading: true);
        }

        // "SharePoint Online – In Bearbeitung – Aufbau …": a status between two of the label's separators is a column of
        // its own, like the status cell of a table row; "Teams – Blockiert: …" and "SPO: Blocked – …" start the note.
        if (scan.CueAt(line, noteStart, MailCue.StatusLabel) is { } status && SameSeparator(text, status.End, to, text[separator]) is var afterStatus and >= 0)
        {
            while (afterStatus < to && char.IsWhiteSpace(text[afterStatus]))
            {
                afterStatus++;
            }

            noteStart = afterStatus < to ? afterStatus : noteStart;
        }

        return new LabelLine(workload, FieldLine.NoteStart(scan, line, noteStart, to), IsHeading: false);
    }

    /// <summary>Just past <paramref name="separator"/> when it follows <paramref name="from"/> after spaces at most; -1 otherwise.</summary>
    private static int SameSeparator(string text, int from, int to, char separator)
    {
        var i = from;
        while (i < to && text[i] == ' ')
        {
            i++;
        }

        return i < to && text[i] == separator && (separator != '-' || (i > from && i + 1 < to && text[i + 1] == ' ')) ? i + 1 : -1;
    }

    /// <summary>The first ':' '–' '—' '→' "->", " - " or " = " outside parentheses, and its length; (-1, 0) when none.</summary>
    private static (int Index, int Length) FindSeparator(string text, int from, int to)
    {
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            switch (text[i])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ':' or '\u2013' or '\u2014' or '\u2192' when depth == 0:
                    return (i, 1);
                case '-' when depth == 0 && i + 1 < to && text[i + 1] == '>':
                    return (i, 2);
                case '-' or '=' when depth == 0 && i > from && text[i - 1] == ' ' && (i + 1 == to || text[i + 1] == ' '):
                    return (i, 1);
            }
        }

        return (-1, 0);
    }
}
