using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Mail;

/// <summary>
/// Finds notes inside running paragraphs: a sentence that names a workload starts that workload's note, and the
/// sentences after it belong to it until another workload is named or the talk turns to something else (small talk,
/// scheduling, a question, an introduction ending in ':'). Sentences naming no workload before any that does are
/// kept as loose candidates.
/// </summary>
internal static class RunningTextReader
{
    public static void Read(MailScan scan, int paragraphStart, int paragraphEnd, SentenceSplitter splitter, List<NoteCandidate> candidates)
    {
        var text = scan.Text;
        var sentences = splitter.Split(text.Substring(paragraphStart, paragraphEnd - paragraphStart));
        var groupStart = -1;
        var groupEnd = -1;
        var groupWorkload = -1;
        foreach (var relative in sentences)
        {
            var start = paragraphStart + relative.Start;
            var end = paragraphStart + relative.End;
            var line = scan.LineOf(start);
            if (line < 0 || IsAside(scan, line, start, end))
            {
                Close();
                continue;
            }

            var workload = NamedWorkload(scan, start, end);
            if (workload >= 0 && workload != groupWorkload)
            {
                Close();
                groupWorkload = workload;
                groupStart = start;
            }
            else if (groupStart < 0)
            {
                groupStart = start;
            }

            groupEnd = end;
        }

        Close();

        void Close()
        {
            if (groupStart >= 0)
            {
                candidates.Add(new NoteCandidate(groupStart, groupEnd, groupWorkload, groupWorkload >= 0 ? CandidateForm.Running : CandidateForm.Loose));
            }

            groupStart = groupEnd = groupWorkload = -1;
        }
    }

    /// <summary>Talk around the notes: opening with small talk or scheduling, or asking, or introducing what follows.</summary>
    private static bool IsAside(MailScan scan, int line, int start, int end)
    {
        var text = scan.Text;
        var last = LineText.LastMark(text, start, end);
        if (last is '?' or ':')
        {
            return true;
        }

        var first = LineText.FirstWordStart(text, start, end);
        return scan.CueAt(line, first)?.Cue is MailCue.SmallTalk or MailCue.Scheduling or MailCue.Greeting;
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
