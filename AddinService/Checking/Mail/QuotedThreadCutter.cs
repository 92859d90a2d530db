using NoteAddin.Checking.Packs;

namespace NoteAddin.Checking.Mail;

/// <summary>
/// Finds where the earlier thread starts — a reply or forward header in German or English, or the client's own
/// quote marker in HTML — so nothing below it is read as a note of this mail. Headers differ by client:
/// Outlook's block ("Von: … Gesendet: … An: … Betreff:", "From: … Sent: …"), Gmail's and Apple's line
/// ("On … wrote:", "Am … schrieb …:"), separators ("-----Original Message-----", "Ursprüngliche Nachricht").
/// </summary>
internal static class QuotedThreadCutter
{
    // A header's fields follow its "From:" within a few lines (Outlook leaves none out but may wrap one).
    private const int HeaderFieldReach = 4;

    // One-line reply headers carry a date and an address; a longer line is prose.
    private const int MaxReplyLineLength = 400;

    /// <returns>The index of the thread's first line; the line count when the mail quotes nothing.</returns>
    /// <param name="inlineHeaders">Gets the reply lines ("On … wrote:") whose quote is '>'-marked and followed by the
    /// writer's own text (bottom-posting, inline answers): those cut nothing, only they themselves are quoted.</param>
    public static int FirstQuotedLine(MailScan scan, int htmlQuoteStart, HashSet<int> inlineHeaders)
    {
        var lines = scan.Lines;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (htmlQuoteStart >= 0 && line.End > htmlQuoteStart)
            {
                return i;
            }

            if (line.IsBlank)
            {
                continue;
            }

            if (IsSeparator(scan, i) || IsHeaderBlock(scan, i))
            {
                return i;
            }

            if (ReplyLineLength(scan, i) is var length and > 0)
            {
                if (!MarkedQuoteFollows(scan, i + length))
                {
                    return i;
                }

                for (var k = i; k < i + length; k++)
                {
                    inlineHeaders.Add(k);
                }

                i += length - 1;
            }
        }

        return lines.Length;
    }

    /// <summary>Whether the first line with words from <paramref name="from"/> on is '>'-quoted.</summary>
    private static bool MarkedQuoteFollows(MailScan scan, int from)
    {
        for (var k = from; k < scan.Lines.Length; k++)
        {
            if (!scan.Lines[k].IsBlank)
            {
                return IsQuoted(scan, k);
            }
        }

        return false;
    }

    /// <summary>A line quoted the plain-text way ("> earlier text"); never a note, wherever it stands.</summary>
    public static bool IsQuoted(MailScan scan, int line) =>
        !scan.Lines[line].IsBlank && scan.Text[scan.Lines[line].Start] == '>';

    // "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded message:": the words
    // open the line, after dashes or underscores at most, so "the original message was…" in prose does not cut.
    private static bool IsSeparator(MailScan scan, int i)
    {
        var line = scan.Lines[i];
        foreach (var cue in scan.Cues(i))
        {
            if (cue.Cue == MailCue.QuoteSeparator && !LineText.ContainsLetterOrDigitBetween(scan.Text, line.Start, cue.Start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHeaderBlock(MailScan scan, int i)
    {
        var line = scan.Lines[i];
        var first = LineText.FirstWordStart(scan.Text, line.Start, line.End);
        if (scan.CueAt(i, first, MailCue.HeaderFrom) is not { } from)
        {
            return false;
        }

        // "From: Anna <a@contoso.com> Sent: Monday…" on one line, or the fields on the lines below.
        if (scan.Has(i, MailCue.HeaderField, from.End, line.End))
        {
            return true;
        }

        var seen = 0;
        for (var k = i + 1; k < scan.Lines.Length && seen < HeaderFieldReach; k++)
        {
            var next = scan.Lines[k];
            if (next.IsBlank)
            {
                continue;
            }

            seen++;
            if (scan.CueAt(k, LineText.FirstWordStart(scan.Text, next.Start, next.End), MailCue.HeaderField) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // "On Tue, 3 Mar 2026 at 10:15, Max <max@contoso.com> wrote:", "Am 03.03.2026 um 10:15 schrieb Max Muster:",
    // also when the client wrapped it over two lines. Returns how many lines it takes (0: none).
    private static int ReplyLineLength(MailScan scan, int i)
    {
        var line = scan.Lines[i];
        if (line.Length > MaxReplyLineLength)
        {
            return 0;
        }

        var text = scan.Text;
        var opens = scan.CueAt(i, LineText.FirstWordStart(text, line.Start, line.End), MailCue.ReplyStart) is not null;
        if (LineText.LastMark(text, line.Start, line.End) == ':')
        {
            return scan.Has(i, MailCue.ReplyVerb, line.Start, line.End) && (opens || HasAddressOrDigit(text, line.Start, line.End)) ? 1 : 0;
        }

        if (!opens || i + 1 >= scan.Lines.Length)
        {
            return 0;
        }

        var next = scan.Lines[i + 1];
        return !next.IsBlank
            && line.Length + next.Length <= MaxReplyLineLength
            && LineText.LastMark(text, next.Start, next.End) == ':'
            && scan.Has(i + 1, MailCue.ReplyVerb, next.Start, next.End) ? 2 : 0;
    }

    private static bool HasAddressOrDigit(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] == '@' || char.IsDigit(text[k]))
            {
                return true;
            }
        }

        return false;
    }
}
