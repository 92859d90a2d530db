using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Mail;

/// <summary>
/// Walks the mail's content lines and finds every stretch that may be a note, in the forms people write them:
/// table rows, labelled lines (with their wrapped continuation), a label alone over the note's lines, and running
/// paragraphs. Greetings, sign-offs, signatures, disclaimers and the quoted thread never reach it.
/// </summary>
internal static class NoteCandidateFinder
{
    // Hard-wrapped text breaks lines near 72 characters; a shorter line ended where the writer ended it.
    private const int MinWrappedLine = 50;

    public static List<NoteCandidate> Find(MailScan scan, ClassifiedLine[] lines, SentenceSplitter splitter)
    {
        var text = scan.Text;
        var candidates = new List<NoteCandidate>();
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i];
            if (line.Kind != LineKind.Content)
            {
                i++;
                continue;
            }

            if (TableRowReader.LooksLikeRow(text, line.Start, line.End) && TableRowReader.Read(scan, i, line.Start, line.End) is { } row)
            {
                if (row.Workload >= 0)
                {
                    candidates.Add(new NoteCandidate(row.NoteStart, row.NoteEnd, row.Workload, CandidateForm.Table));
                }

                i++;
                continue;
            }

            if (LabelParser.Parse(scan, i, line.Start, line.End) is { } label)
            {
                i = label.IsHeading ? Heading(scan, lines, i, label, candidates) : Labelled(scan, lines, i, label, candidates);
                continue;
            }

            // A paragraph: this line and the plain lines right below it (a list item stands alone).
            var last = i;
            while (last + 1 < lines.Length && IsPlain(scan, lines, last + 1) && !ListMarker.Has(text, lines[last + 1].Start, lines[last + 1].End))
            {
                last++;
            }

            RunningTextReader.Read(scan, ListMarker.Skip(text, line.Start, line.End), lines[last].End, splitter, candidates);
            i = last + 1;
        }

        return candidates;
    }

    /// <summary>"Teams: Rollout läuft" — the note runs on over lines the writer wrapped (a long line, no full stop before the break).</summary>
    private static int Labelled(MailScan scan, ClassifiedLine[] lines, int i, LabelLine label, List<NoteCandidate> candidates)
    {
        var text = scan.Text;
        var last = i;
        while (last + 1 < lines.Length
            && lines[last].End - lines[last].Start >= MinWrappedLine
            && LineText.LastMark(text, lines[last].Start, lines[last].End) is not ('.' or '!' or '?' or ':' or ';')
            && IsPlain(scan, lines, last + 1)
            && !ListMarker.Has(text, lines[last + 1].Start, lines[last + 1].End))
        {
            last++;
        }

        candidates.Add(new NoteCandidate(label.NoteStart, lines[last].End, label.Workload, CandidateForm.Label));
        return last + 1;
    }

    /// <summary>
    /// "Teams:" alone, the note on the lines below it (after one blank line at most), to the next blank line. In a
    /// key-value block ("Workload: Teams", "Status: Blocked", "Note: …") the status line is a label and the note
    /// starts after its field name.
    /// </summary>
    private static int Heading(MailScan scan, ClassifiedLine[] lines, int i, LabelLine label, List<NoteCandidate> candidates)
    {
        var first = i + 1;
        if (first < lines.Length && lines[first].Kind == LineKind.Blank)
        {
            first++;
        }

        var end = first;
        while (end < lines.Length && IsPlain(scan, lines, end))
        {
            end++;
        }

        while (first < end && FieldLine.IsStatusField(scan, first, lines[first].Start, lines[first].End))
        {
            first++;
        }

        var last = end - 1;
        while (last >= first && FieldLine.IsStatusField(scan, last, lines[last].Start, lines[last].End))
        {
            last--;
        }

        if (last >= first)
        {
            var start = FieldLine.NoteStart(scan, first, ListMarker.Skip(scan.Text, lines[first].Start, lines[first].End), lines[first].End);
            candidates.Add(new NoteCandidate(start, lines[last].End, label.Workload, CandidateForm.Heading));
        }

        return Math.Max(end, i + 1);
    }

    /// <summary>A content line that is neither a table row nor a labelled line: it can continue a note or a paragraph.</summary>
    private static bool IsPlain(MailScan scan, ClassifiedLine[] lines, int k)
    {
        var line = lines[k];
        return line.Kind == LineKind.Content
            && !(TableRowReader.LooksLikeRow(scan.Text, line.Start, line.End) && TableRowReader.Read(scan, k, line.Start, line.End) is not null)
            && LabelParser.Parse(scan, k, line.Start, line.End) is null;
    }
}
