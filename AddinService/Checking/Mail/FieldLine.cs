using NoteAddin.Checking.Packs;

namespace NoteAddin.Checking.Mail;

/// <summary>
/// The field-like pieces around a note's words: "Status: Blocked" lines, "Notiz:" / "Note:" before the note, a
/// status label with its separator before the note ("Teams – In Bearbeitung – Rollout läuft"), a short
/// introduction ending in a colon ("Quick one: …"). None of them is the note's own words.
/// </summary>
internal static class FieldLine
{
    // "Quick one:", "Kurz zusammengefasst:", "FYI:" — a few words introduce whatever follows; a longer clause must say
    // that it introduces the note, and one longer still is a sentence with a colon.
    private const int MaxIntroWords = 3;
    private const int MaxLongIntroWords = 16;
    private const int MaxIntroLength = 120;

    // "Status: Blocked." — a colon with a word or two after it closes a field, it introduces no note.
    private const int MinWordsAfterIntro = 3;

    /// <summary>A line that only names a status: "Status: Blocked", "Stand: In Bearbeitung", "L1: Blocked".</summary>
    public static bool IsStatusField(MailScan scan, int line, int from, int to)
    {
        var text = scan.Text;
        var colon = text.IndexOf(':', from, to - from);
        return colon > from
            && Covered(scan, line, from, colon, MailCue.LabelWord)
            && LineText.ContainsLetterOrDigitBetween(text, colon + 1, to)
            && Covered(scan, line, colon + 1, to, MailCue.StatusLabel);
    }

    /// <summary>Where a note's own words start, past "Notiz:" or "Status: Blocked –". A status right after the
    /// workload's separator is the note's own ("Teams – Blockiert: …", "SharePoint: Blocked – the intranet …"); only a
    /// status the writer set apart as a field ("Status: Blocked –") or in brackets (the label's) is not.</summary>
    /// <param name="intro">Also past an introduction ending in a colon (for sentences of running text).</param>
    public static int NoteStart(MailScan scan, int line, int from, int to, bool intro = false)
    {
        var text = scan.Text;
        var start = LineText.FirstWordStart(text, from, to);
        if (scan.CueAt(line, start, MailCue.NoteField) is { } field && After(text, field.End, to, ':') is var afterField and >= 0)
        {
            return Words(text, afterField, to, from);
        }

        // "Status: Blocked – …": the field name first, then the status.
        if (scan.CueAt(line, start, MailCue.LabelWord) is { } word && After(text, word.End, to, ':') is var afterWord and >= 0
            && scan.CueAt(line, LineText.FirstWordStart(text, afterWord, to), MailCue.StatusLabel) is { } label
            && Separated(text, label.End, to) is var afterLabel and >= 0)
        {
            return Words(text, afterLabel, to, from);
        }

        if (intro && IntroEnd(scan, line, start, to) is var afterIntro and >= 0)
        {
            return Words(text, afterIntro, to, from);
        }

        return from;
    }

    /// <summary>
    /// Just past the colon of a clause that introduces a note in running text, or -1: a few words ("Quick one:"), or
    /// a clause that talks about the note ("Status for the tracker so Claire has it as well:", "Kurzer Stand fürs
    /// Portal:") or names the workload the note is about ("On the Exchange side nothing has changed: you stay …").
    /// A clause holding a status is the note's own start ("Exchange Online is blocked by the archive: the cutover …").
    /// </summary>
    public static int IntroEnd(MailScan scan, int line, int start, int to)
    {
        var text = scan.Text;
        var colon = text.IndexOf(':', start, Math.Min(to - start, MaxIntroLength));
        if (colon <= start || char.IsDigit(text[colon - 1]) || colon + 1 >= to || !char.IsWhiteSpace(text[colon + 1])
            || LineText.WordCount(text, colon + 1, to, MinWordsAfterIntro) < MinWordsAfterIntro)
        {
            return -1;
        }

        var words = LineText.WordCount(text, start, colon, MaxLongIntroWords);
        if (words > MaxLongIntroWords || scan.Has(line, MailCue.StatusLabel, start, colon))
        {
            return -1;
        }

        var names = false;
        foreach (var mention in scan.Mentions(line, start, colon))
        {
            names |= mention.IsWorkload;
        }

        var introduces = (words <= MaxIntroWords && scan.Mentions(line, start, colon).IsEmpty)
            || names
            || scan.Has(line, MailCue.NoteIntro, start, colon)
            || scan.Has(line, MailCue.NoteField, start, colon)
            || scan.CueAt(line, start, MailCue.SmallTalk) is not null;
        return introduces ? colon + 1 : -1;
    }

    /// <summary>Whether every word in [<paramref name="from"/>, <paramref name="to"/>) is a phrase of <paramref name="kind"/>
    /// (and there is one at least, unless <paramref name="allowEmpty"/>).</summary>
    public static bool Covered(MailScan scan, int line, int from, int to, MailCue kind, bool allowEmpty = false)
    {
        var text = scan.Text;
        var covered = from;
        foreach (var cue in scan.Cues(line, from, to))
        {
            if (cue.Cue != kind || cue.End > to || cue.Start < covered)
            {
                continue;
            }

            if (LineText.ContainsLetterOrDigitBetween(text, covered, cue.Start))
            {
                return false;
            }

            covered = cue.End;
        }

        return (allowEmpty || covered > from) && !LineText.ContainsLetterOrDigitBetween(text, covered, to);
    }

    /// <summary>Just past <paramref name="mark"/> when only white space stands before it; -1 otherwise.</summary>
    private static int After(string text, int from, int to, char mark)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from < to && text[from] == mark ? from + 1 : -1;
    }

    /// <summary>Just past a separator ('–' '—' '|' '/' '=' '→' or " - ") after a status label; -1 when the status reads on as
    /// a sentence — "blocked: the contract runs until May" and "Blockiert, da …" are the note's words.</summary>
    private static int Separated(string text, int from, int to)
    {
        var i = from;
        while (i < to && text[i] == ' ')
        {
            i++;
        }

        if (i >= to)
        {
            return -1;
        }

        return text[i] switch
        {
            '\u2013' or '\u2014' or '|' or '/' or '=' or '\u2192' => i + 1,
            '-' when i > from && i + 1 < to && text[i + 1] == ' ' => i + 1,
            _ => -1,
        };
    }

    /// <summary>The first word at or after <paramref name="at"/>; <paramref name="fallback"/> when nothing follows.</summary>
    private static int Words(string text, int at, int to, int fallback)
    {
        var start = at;
        while (start < to && (char.IsWhiteSpace(text[start]) || text[start] is '*' or '_'))
        {
            start++;
        }

        return LineText.ContainsLetterOrDigitBetween(text, start, to) ? start : fallback;
    }
}
