using NoteAddin.Checking.Packs;

namespace NoteAddin.Checking.Mail;

/// <summary>What the line above a paragraph, ending in a colon, introduces.</summary>
internal enum Lead
{
    None,

    /// <summary>A note ("Fürs Portal habe ich eingetragen:", "this is the note I'm entering:").</summary>
    Note,

    /// <summary>Something the writer asks for or offers ("Wäre es hilfreich, wenn Sie folgende Personen einladen könnten:").</summary>
    Other,
}

/// <summary>What a sentence of the mail's own text does besides stating a note.</summary>
internal enum TalkKind
{
    /// <summary>Nothing but (possibly) a note.</summary>
    None,

    /// <summary>It talks about the status note itself ("Ich habe die Portalnotiz angepasst", "Auch bei OneDrive gibt es
    /// einen neuen Stand"): no note, but a workload it names is the next sentence's.</summary>
    AboutTheNote,

    /// <summary>It talks with the reader: asks, requests, thanks, offers, plans the writer's next step.</summary>
    Talk,
}

/// <summary>
/// Tells a sentence that talks with the reader from one that states a customer's status. A note says what the customer
/// will do and why; around it, the writer asks ("bitte", "could you", "…?"), thanks and congratulates, announces
/// what they will do next ("würde ich", "I'll send", "schlage ich … vor"), opens with small talk or scheduling, or
/// talks about the portal entry itself. Every word of it comes from the packs' "mail" lists.
/// </summary>
internal static class SentenceTalk
{
    /// <summary>How [<paramref name="start"/>, <paramref name="end"/>) talks; it may run over hard-wrapped lines.</summary>
    public static TalkKind Of(MailScan scan, int start, int end)
    {
        var text = scan.Text;
        if (LineText.LastMark(text, start, end) == '?')
        {
            return TalkKind.Talk;
        }

        var first = LineText.FirstWordStart(text, start, end);
        var line = scan.LineOf(first);
        if (line >= 0)
        {
            // Any list may claim the opening words ("Thanks" is small talk and a sign-off): one of these is enough.
            foreach (var cue in scan.Cues(line, first, first + 1))
            {
                if (cue.Cue is MailCue.SmallTalk or MailCue.Scheduling or MailCue.Greeting or MailCue.SignOff)
                {
                    return TalkKind.Talk;
                }
            }
        }

        var aboutTheNote = false;
        for (var k = line; k >= 0 && k < scan.Lines.Length && scan.Lines[k].Start < end; k++)
        {
            foreach (var cue in scan.Cues(k, start, end))
            {
                if (cue.End > end)
                {
                    continue;
                }

                switch (cue.Cue)
                {
                    case MailCue.Question or MailCue.Request or MailCue.NextStep or MailCue.Remark or MailCue.Offering:
                        return TalkKind.Talk;
                    case MailCue.NoteTalk:
                        aboutTheNote = true;
                        break;
                }
            }
        }

        return aboutTheNote ? TalkKind.AboutTheNote : TalkKind.None;
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) asks the reader for something or offers the
    /// writer's next step ("Könnten Sie Folgendes mitbringen:", "Things I'd need from you:"), anywhere in it.</summary>
    public static bool AsksOrOffers(MailScan scan, int start, int end)
    {
        for (var k = scan.LineOf(LineText.FirstWordStart(scan.Text, start, end)); k >= 0 && k < scan.Lines.Length && scan.Lines[k].Start < end; k++)
        {
            foreach (var cue in scan.Cues(k, start, end))
            {
                if (cue.Cue is MailCue.Question or MailCue.Request or MailCue.NextStep && cue.End <= end)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a word of list <paramref name="kind"/> lies in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool Holds(MailScan scan, int start, int end, MailCue kind)
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
}
