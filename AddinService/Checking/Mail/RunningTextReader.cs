using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Mail;

/// <summary>
/// Finds notes inside running paragraphs. A paragraph that names one workload is that workload's note — all of
/// it, as far as it is not talk around the notes (small talk, scheduling, a question, an introduction ending in ':').
/// A paragraph naming several splits at each sentence that names another workload ("Bei Exchange Online läuft …
/// Bei Intune sind wir dagegen blockiert, da …"). Sentences naming no workload before the first that does, and
/// paragraphs naming none, are loose candidates.
/// </summary>
internal static class RunningTextReader
{
    private readonly record struct Piece(int Start, int End, int Workload, bool Aside);

    public static void Read(MailScan scan, int paragraphStart, int paragraphEnd, SentenceSplitter splitter, List<NoteCandidate> candidates)
    {
        var text = scan.Text;
        var pieces = new List<Piece>();
        var named = -1;
        var several = false;
        foreach (var relative in splitter.Split(text.Substring(paragraphStart, paragraphEnd - paragraphStart)))
        {
            var start = paragraphStart + relative.Start;
            var end = paragraphStart + relative.End;
            var line = scan.LineOf(start);
            var aside = line < 0 || IsAside(scan, line, start, end);
            var workload = aside ? -1 : NamedWorkload(scan, start, end);
            pieces.Add(new Piece(start, end, workload, aside));
            if (workload >= 0)
            {
                several |= named >= 0 && named != workload;
                named = workload;
            }
        }

        var groupStart = -1;
        var groupEnd = -1;
        var groupWorkload = -1;
        foreach (var piece in pieces)
        {
            if (piece.Aside)
            {
                Close();
                continue;
            }

            if (!several)
            {
                // One workload in the paragraph: the sentences around its name, up to talk of something else, are its note.
                groupWorkload = piece.Workload >= 0 ? piece.Workload : groupWorkload;
            }
            else if (piece.Workload >= 0 && piece.Workload != groupWorkload)
            {
                Close();
                groupWorkload = piece.Workload;
            }

            if (groupStart < 0)
            {
                groupStart = piece.Start;
            }

            groupEnd = piece.End;
        }

        Close();

        void Close()
        {
            if (groupStart >= 0)
            {
                var line = scan.LineOf(groupStart);
                var start = FieldLine.NoteStart(scan, line, groupStart, scan.Lines[line].End, intro: true);
                candidates.Add(new NoteCandidate(start, groupEnd, groupWorkload, groupWorkload >= 0 ? CandidateForm.Running : CandidateForm.Loose));
            }

            groupStart = groupEnd = groupWorkload = -1;
        }
    }

    /// <summary>
    /// Talk around the notes: opening with small talk or scheduling, asking ("…?", "the customer asked whether"),
    /// introducing what follows, only naming a status, or listing workloads ("Defender for Office 365 and Defender
    /// for Identity") — a note is about one.
    /// </summary>
    private static bool IsAside(MailScan scan, int line, int start, int end)
    {
        var text = scan.Text;
        var last = LineText.LastMark(text, start, end);
        if (last is '?' or ':' || Holds(scan, start, end, MailCue.Question) || ListsWorkloads(scan, start, end))
        {
            return true;
        }

        // Any list may claim the opening words ("Thanks" is small talk and a sign-off): one of these is enough.
        var first = LineText.FirstWordStart(text, start, end);
        foreach (var cue in scan.Cues(line, first, first + 1))
        {
            if (cue.Cue is MailCue.SmallTalk or MailCue.Scheduling or MailCue.Greeting or MailCue.SignOff)
            {
                return true;
            }
        }

        return end <= scan.Lines[line].End && FieldLine.IsStatusField(scan, line, start, end);
    }

    private static bool Holds(MailScan scan, int start, int end, MailCue kind)
    {
        for (var line = scan.LineOf(start); line >= 0 && line < scan.Lines.Length && scan.Lines[line].Start < end; line++)
        {
            if (scan.Has(line, kind, start, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two different workloads with nothing but list words between them ("Teams und Intune", "EXO/SPO").</summary>
    private static bool ListsWorkloads(MailScan scan, int start, int end)
    {
        for (var line = scan.LineOf(start); line >= 0 && line < scan.Lines.Length && scan.Lines[line].Start < end; line++)
        {
            WorkloadMention? previous = null;
            foreach (var mention in scan.Mentions(line, start, end))
            {
                if (!mention.IsWorkload)
                {
                    continue;
                }

                if (previous is { } p && p.Workload != mention.Workload && FieldLine.Covered(scan, line, p.End, mention.Start, MailCue.ListWord, allowEmpty: true))
                {
                    return true;
                }

                previous = mention;
            }
        }

        return false;
    }

    /// <summary>
    /// The first workload the sentence names as a product — capitalised ("Teams", "EXO"); in running text "teams"
    /// and "exchange" are ordinary words. A sentence may run over lines (a hard-wrapped paragraph).
    /// </summary>
    private static int NamedWorkload(MailScan scan, int start, int end)
    {
        var text = scan.Text;
        for (var line = scan.LineOf(start); line >= 0 && line < scan.Lines.Length && scan.Lines[line].Start < end; line++)
        {
            foreach (var mention in scan.Mentions(line, start, end))
            {
                if (mention.IsWorkload && mention.End <= end && (char.IsUpper(text[mention.Start]) || char.IsDigit(text[mention.Start])))
                {
                    return mention.Workload;
                }
            }
        }

        return -1;
    }
}
