using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Mail;

/// <summary>
/// Finds notes inside running paragraphs. A note in running text is the sentence that names its workload ("Bei
/// Intune sind wir dagegen blockiert, da …"), or the part of it after an introduction ("Status for the portal: …",
/// "On the Exchange side nothing has changed: you stay …"), with the statement just before it that names no
/// workload ("Der Kunde ist blockiert. Grund ist die Firewall für Teams.") and a short one right after it
/// ("Managed account."). A paragraph naming several workloads splits at each sentence that names another. A
/// sentence about the note itself hands the workload it names to the next one ("Auch bei OneDrive gibt es einen
/// neuen Stand. Der Pilot ist abgeschlossen …"). Talk around the notes — small talk, thanks, scheduling, questions,
/// requests, the writer's own next steps — is never a note. Statements naming no workload are loose candidates.
/// </summary>
internal static class RunningTextReader
{
    // A sentence after the note's own carries it on when short ("Managed account.", "Das Co-Management kommt erst im
    // dritten Quartal."); a longer one says something of its own.
    private const int MaxTrailingWords = 10;

    private enum PieceKind
    {
        Statement,
        Aside,

        /// <summary>About the note itself, naming a workload: the next statement is that workload's note.</summary>
        Handover,
    }

    private readonly record struct Piece(int Start, int NoteStart, int End, int Workload, PieceKind Kind, bool Introduced);

    /// <param name="lead">What the line above the paragraph introduced: a note ("Die Portalnotiz lautet jetzt:"), or
    /// something else ("Could you bring along:") — then statements naming no workload are no candidates at all.</param>
    public static void Read(MailScan scan, int paragraphStart, int paragraphEnd, SentenceSplitter splitter, Lead lead, List<NoteCandidate> candidates)
    {
        var announced = lead == Lead.Note;
        var text = scan.Text;
        var pieces = new List<Piece>();
        var named = -1;
        var several = false;
        foreach (var relative in splitter.Split(text.Substring(paragraphStart, paragraphEnd - paragraphStart)))
        {
            var piece = Describe(scan, paragraphStart + relative.Start, paragraphStart + relative.End);
            pieces.Add(piece);
            if (piece.Kind == PieceKind.Statement && piece.Workload >= 0)
            {
                several |= named >= 0 && named != piece.Workload;
                named = piece.Workload;
            }
        }

        var group = new Group();
        var handedOver = -1;
        foreach (var piece in pieces)
        {
            if (piece.Kind != PieceKind.Statement)
            {
                Close();
                handedOver = piece.Kind == PieceKind.Handover ? piece.Workload : -1;
                continue;
            }

            var workload = piece.Workload >= 0 ? piece.Workload : handedOver;
            handedOver = -1;
            if (group.Start >= 0)
            {
                if (group.Workload >= 0)
                {
                    // After the note's own sentence: another workload starts a note of its own, a long statement is loose.
                    if ((workload >= 0 && workload != group.Workload)
                        || (workload < 0 && LineText.WordCount(text, piece.Start, piece.End, MaxTrailingWords) > MaxTrailingWords))
                    {
                        Close();
                    }
                }
                else if (workload >= 0 && several)
                {
                    // Several workloads: the statements before the first name are no workload's.
                    Close();
                }
            }

            if (group.Start < 0)
            {
                group = new Group { Start = piece.NoteStart, Introduced = piece.Introduced };
            }

            group.End = piece.End;
            group.Workload = group.Workload >= 0 ? group.Workload : workload;
        }

        Close();

        void Close()
        {
            if (group.Start >= 0)
            {
                var (start, end) = LineText.Unquote(text, group.Start, group.End);
                if (group.Workload >= 0)
                {
                    candidates.Add(new NoteCandidate(start, end, group.Workload, CandidateForm.Running));
                }
                else if (lead != Lead.Other)
                {
                    candidates.Add(new NoteCandidate(start, end, -1, CandidateForm.Loose, Introduced: group.Introduced || announced, AboutCustomer: SentenceTalk.Holds(scan, start, end, MailCue.Customer)));
                }

                announced = false;
            }

            group = new Group();
        }
    }

    private static Piece Describe(MailScan scan, int start, int end)
    {
        var line = scan.LineOf(LineText.FirstWordStart(scan.Text, start, end));
        if (line < 0)
        {
            return new Piece(start, start, end, -1, PieceKind.Aside, false);
        }

        var noteStart = FieldLine.NoteStart(scan, line, start, Math.Min(end, scan.Lines[line].End), intro: true);
        var introduced = noteStart != start && FieldLine.IntroEnd(scan, line, LineText.FirstWordStart(scan.Text, start, end), Math.Min(end, scan.Lines[line].End)) >= 0;
        var workload = NamedWorkload(scan, noteStart, end) is var own and >= 0 ? own : NamedWorkload(scan, start, noteStart);
        var kind = PieceKind.Statement;
        if (IsAside(scan, line, noteStart, end))
        {
            kind = PieceKind.Aside;
        }
        else if (SentenceTalk.Of(scan, noteStart, end) is var talk and not TalkKind.None)
        {
            kind = talk == TalkKind.AboutTheNote && workload >= 0 ? PieceKind.Handover : PieceKind.Aside;
        }

        return new Piece(start, noteStart, end, workload, kind, introduced);
    }

    /// <summary>
    /// Not a statement at all: introducing what follows (ending in ':'), only naming a status, or listing workloads
    /// ("Defender for Office 365 and Defender for Identity") — a note is about one.
    /// </summary>
    private static bool IsAside(MailScan scan, int line, int start, int end) =>
        LineText.LastMark(scan.Text, start, end) == ':'
        || ListsWorkloads(scan, start, end)
        || (end <= scan.Lines[line].End && FieldLine.IsStatusField(scan, line, start, end));

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
        for (var line = scan.LineOf(LineText.FirstWordStart(text, start, end)); line >= 0 && line < scan.Lines.Length && scan.Lines[line].Start < end; line++)
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

    private struct Group
    {
        public Group()
        {
        }

        public int Start { get; set; } = -1;

        public int End { get; set; } = -1;

        public int Workload { get; set; } = -1;

        public bool Introduced { get; set; }
    }
}
