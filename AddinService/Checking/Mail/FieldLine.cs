using NoteAddin.Checking.Packs;

namespace NoteAddin.Checking.Mail;

/// <summary>
/// The field-like pieces around a note's words: "Status: Blocked" lines, "Notiz:" / "Note:" before the note, a
/// status label with its separator before the note ("Teams – In Bearbeitung – Rollout läuft"), a short
/// introduction ending in a colon ("Quick one: …"). None of them is the note's own words.
/// </summary>
internal static class FieldLine
{
    // "Quick one:", "Kurz zusammengefasst:", "FYI:" — an introduction is a few words; more is a sentence with a colon.
    private const int MaxIntroWords = 3;

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

    /// <summary>Where a note's own words start, past "Notiz:", "Status: Blocked –" or "In Bearbeitung –".</summary>
    /// <param name="intro">Also past a short introduction ending in a colon (for sentences of running text).</param>
    public static int NoteStart(MailScan scan, int line, int from, int to, bool intro = false)
    {
        var text = scan.Text;
        var start = LineText.FirstWordStart(text, from, to);
        if (scan.CueAt(line, start, MailCue.NoteField) is { } field && After(text, field.End, to, ':') is var afterField and >= 0)
        {
            return Words(text, afterField, to, from);
        }

        // "Status: Blocked – …": the field name first, then the status.
        var status = start;
        if (scan.CueAt(line, start, MailCue.LabelWord) is { } word && After(text, word.End, to, ':') is var afterWord and >= 0)
        {
            status = LineText.FirstWordStart(text, afterWord, to);
        }

        if (scan.CueAt(line, status, MailCue.StatusLabel) is { } label && Separated(text, label.End, to) is var afterLabel and >= 0)
        {
            return Words(text, afterLabel, to, from);
        }

        if (intro)
        {
            var colon = text.IndexOf(':', start, Math.Min(to - start, 40));
            if (colon > start && LineText.WordCount(text, start, colon, MaxIntroWords) <= MaxIntroWords
                && scan.Mentions(line, start, colon).IsEmpty && !char.IsDigit(text[colon - 1]))
            {
                return Words(text, colon + 1, to, from);
            }
        }

        return from;
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
