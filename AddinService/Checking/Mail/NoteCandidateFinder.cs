using NoteAddin.Checking.Packs;
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

    /// <param name="fromHtml">The text came from HTML: every line is a block of its own, nothing is hard-wrapped.</param>
    public static List<NoteCandidate> Find(MailScan scan, ClassifiedLine[] lines, SentenceSplitter splitter, bool fromHtml = false)
    {
        var text = scan.Text;
        var candidates = new List<NoteCandidate>();
        (int Item, int Start) list = (-1, -1); // the last list item read as a paragraph, and its list's first line
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
                i = label.IsHeading || IsStatusOverLines(scan, lines, i, label)
                    ? Heading(scan, lines, i, label, splitter, candidates)
                    : Labelled(scan, lines, i, label, splitter, fromHtml, candidates);
                continue;
            }

            // A paragraph: this line and the plain lines the writer's client wrapped below it (a list item stands alone;
            // in HTML every line is a block of its own).
            var last = i;
            while (!fromHtml && IsWrapped(text, lines[last]) && last + 1 < lines.Length && IsPlain(scan, lines, last + 1)
                && !ListMarker.Has(text, lines[last + 1].Start, lines[last + 1].End))
            {
                last++;
            }

            list = (i, ListStart(text, lines, i, list));
            RunningTextReader.Read(scan, ListMarker.Skip(text, line.Start, line.End), lines[last].End, splitter, LeadOf(scan, lines, list.Start), candidates);
            i = last + 1;
        }

        return candidates;
    }

    /// <summary>Whether a line looks hard-wrapped: long, and not ending a sentence.</summary>
    private static bool IsWrapped(string text, ClassifiedLine line) =>
        line.End - line.Start >= MinWrappedLine && LineText.LastMark(text, line.Start, line.End) is not ('.' or '!' or '?' or ':' or ';');

    /// <summary>
    /// "Intune – In Bearbeitung" with the note on the lines right below: the status belongs to the label, the lines are
    /// the note. A status alone with nothing below it ("SharePoint: Keine Absicht.") is the note itself.
    /// </summary>
    private static bool IsStatusOverLines(MailScan scan, ClassifiedLine[] lines, int i, LabelLine label)
    {
        var line = lines[i];
        return label.NoteStart < line.End
            && FieldLine.Covered(scan, i, label.NoteStart, line.End, MailCue.StatusLabel)
            && LineText.LastMark(scan.Text, line.Start, line.End) is not ('.' or '!')
            && i + 1 < lines.Length
            && IsPlain(scan, lines, i + 1);
    }

    /// <summary>
    /// The first line of the list that line <paramref name="i"/> is an item of (<paramref name="i"/> itself when it is
    /// no list item): the list items right above it, up to the previous item read (<paramref name="previous"/>), whose
    /// answer holds for the whole list — so a long list costs one pass.
    /// </summary>
    private static int ListStart(string text, ClassifiedLine[] lines, int i, (int Item, int Start) previous)
    {
        if (!ListMarker.Has(text, lines[i].Start, lines[i].End))
        {
            return i;
        }

        var start = i;
        while (start > 0 && lines[start - 1].Kind == LineKind.Content && ListMarker.Has(text, lines[start - 1].Start, lines[start - 1].End))
        {
            start--;
            if (start == previous.Item)
            {
                return previous.Start;
            }
        }

        return start;
    }

    /// <summary>
    /// What the line above the paragraph at line <paramref name="first"/> (across one blank line at most) says it
    /// introduces, when it ends in a colon: a note when it talks about the note ("Die Portalnotiz habe ich wie folgt
    /// aktualisiert:", "I've entered this:"), something else when it talks with the reader ("Wäre es hilfreich, wenn
    /// Sie folgende Personen einladen könnten:", "I suggest we plan the following:").
    /// </summary>
    private static Lead LeadOf(MailScan scan, ClassifiedLine[] lines, int first)
    {
        var text = scan.Text;
        var above = first - 1;
        if (above >= 0 && lines[above].Kind == LineKind.Blank)
        {
            above--;
        }

        if (above < 0 || lines[above].Kind is not (LineKind.Content or LineKind.Greeting))
        {
            return Lead.None;
        }

        var line = lines[above];
        if (LineText.LastMark(text, line.Start, line.End) != ':')
        {
            return Lead.None;
        }

        if (scan.Has(above, MailCue.NoteIntro, line.Start, line.End) || scan.Has(above, MailCue.NoteTalk, line.Start, line.End))
        {
            return Lead.Note;
        }

        return SentenceTalk.AsksOrOffers(scan, line.Start, line.End) ? Lead.Other : Lead.None;
    }

    /// <summary>
    /// "Teams: Rollout läuft" — the note runs on over lines the writer wrapped (a long line, no full stop before the
    /// break). A labelled line that only talks is no note ("On Intune: do you know whether …? If so, I'd update it.",
    /// "Zu Exchange Online: Sobald die Stellungnahme vorliegt, sollten wir einen Termin einplanen.").
    /// </summary>
    private static int Labelled(MailScan scan, ClassifiedLine[] lines, int i, LabelLine label, SentenceSplitter splitter, bool fromHtml, List<NoteCandidate> candidates)
    {
        var text = scan.Text;
        var last = i;
        while (!fromHtml
            && last + 1 < lines.Length
            && IsWrapped(text, lines[last])
            && IsPlain(scan, lines, last + 1)
            && !ListMarker.Has(text, lines[last + 1].Start, lines[last + 1].End))
        {
            last++;
        }

        var (start, end) = LineText.Unquote(text, label.NoteStart, lines[last].End);
        if (!OnlyTalk(scan, start, end, splitter))
        {
            candidates.Add(new NoteCandidate(start, end, label.Workload, CandidateForm.Label));
        }

        return last + 1;
    }

    /// <summary>Whether every sentence of [<paramref name="start"/>, <paramref name="end"/>) talks with the reader.</summary>
    private static bool OnlyTalk(MailScan scan, int start, int end, SentenceSplitter splitter)
    {
        var sentences = splitter.Split(scan.Text.Substring(start, end - start));
        foreach (var sentence in sentences)
        {
            if (SentenceTalk.Of(scan, start + sentence.Start, start + sentence.End) == TalkKind.None)
            {
                return false;
            }
        }

        return sentences.Count > 0;
    }

    /// <summary>
    /// "Teams:" alone, the note on the lines below it (after one blank line at most), to the next blank line or the
    /// first line after the note's first that only talks ("Sobald das Gutachten vorliegt, melde ich mich."), which is
    /// read on its own; talk right below the heading is no note. In a
    /// key-value block ("Workload: Teams", "Status: Blocked", "Note: …") the status line is a label and the note
    /// starts after its field name.
    /// </summary>
    private static int Heading(MailScan scan, ClassifiedLine[] lines, int i, LabelLine label, SentenceSplitter splitter, List<NoteCandidate> candidates)
    {
        var first = i + 1;
        if (first < lines.Length && lines[first].Kind == LineKind.Blank)
        {
            first++;
        }

        var end = first;
        while (end < lines.Length && IsPlain(scan, lines, end) && (end == first || !OnlyTalk(scan, lines[end].Start, lines[end].End, splitter)))
        {
            end++;
        }

        if (end > first && OnlyTalk(scan, lines[first].Start, lines[first].End, splitter))
        {
            return first;
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
