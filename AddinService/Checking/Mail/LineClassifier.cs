using NoteAddin.Checking.Packs;

namespace NoteAddin.Checking.Mail;

/// <summary>
/// Tells greetings, sign-offs, signatures and disclaimers from the lines that may hold notes. Everything after a
/// sign-off ("Viele Grüße", "Best regards,") is signature — names, titles, phone numbers, addresses — and so is a
/// line after the "-- " delimiter; a disclaimer, and a part headed "Nächste Schritte:" or "Open points:", run to the
/// end of their paragraph.
/// </summary>
internal static class LineClassifier
{
    // A greeting ends at its comma or exclamation mark ("Hallo Frau Weber, …"); without one it must be short.
    private const int MaxGreetingWords = 6;

    // "Viele Grüße", "Thanks, Anna", "Danke und bis bald": a sign-off says little besides.
    private const int MaxWordsAfterSignOff = 3;

    // "Besten Dank im Voraus und viele Grüße" ends with a sign-off; a longer line ending with one is prose.
    private const int MaxSignOffLineWords = 8;

    // "Next steps" or "Offene Punkte (Stand 12.03.)" heads a part; a longer line opening with them is a sentence.
    private const int MaxOtherSectionWords = 4;

    // "Joost Verhoeven", "Senior Consultant Modern Workplace", "Dijkstra Cloud Solutions B.V.": a signature line is short.
    private const int MaxSignatureLineWords = 6;

    // "(10:45–11:00)", "(15 Min.)": the time closing an agenda item is short.
    private const int MaxAgendaTimeLength = 30;

    /// <param name="inlineHeaders">Reply lines above '>'-quoted text the writer answers below.</param>
    /// <param name="signatureStart">Where the mail client marked the signature in HTML (-1: it did not).</param>
    public static ClassifiedLine[] Classify(MailScan scan, int firstQuotedLine, IReadOnlySet<int> inlineHeaders, int signatureStart = -1)
    {
        var lines = scan.Lines;
        var text = scan.Text;
        var result = new ClassifiedLine[lines.Length];
        var inSignature = false;
        var inDisclaimer = false;
        var inAside = false;
        var asideHeading = -1;
        var seenContent = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            LineKind kind;
            var start = line.Start;
            if (i >= firstQuotedLine || QuotedThreadCutter.IsQuoted(scan, i) || inlineHeaders.Contains(i))
            {
                kind = line.IsBlank ? LineKind.Blank : LineKind.Quoted;
            }
            else if (line.IsBlank)
            {
                kind = LineKind.Blank;
                inDisclaimer = false;

                // "Vorschlag für die Agenda:", a blank line, then the items: the part runs on below its heading.
                inAside &= asideHeading == i - 1;
            }
            else if (inSignature || (signatureStart >= 0 && line.End > signatureStart))
            {
                kind = LineKind.Signature;
            }
            else if (IsSignatureDelimiter(text, line))
            {
                kind = LineKind.Signature;
                inSignature = true;
            }
            else if (inDisclaimer || HasCue(scan, i, MailCue.Disclaimer))
            {
                kind = LineKind.Disclaimer;
                inDisclaimer = true;
            }
            else if (inAside || IsOtherSection(scan, i))
            {
                kind = LineKind.Aside;
                asideHeading = inAside || LineText.LastMark(text, line.Start, line.End) != ':' ? asideHeading : i;
                inAside = true;
            }
            else if (IsAgendaItem(scan, i))
            {
                kind = LineKind.Aside;
            }
            else
            {
                (kind, start) = Opening(scan, i, seenContent);
                inSignature = kind == LineKind.SignOff;
                seenContent |= kind == LineKind.Content;
            }

            result[i] = new ClassifiedLine(kind, start, line.End);
        }

        SignatureBlocks(scan, result);
        return result;
    }

    /// <summary>
    /// A name, a title and a company over a phone number or an address, after a sign-off the reader does not know
    /// ("Merci et à jeudi,"): the short lines right above a contact line, in its paragraph, are signature too.
    /// </summary>
    private static void SignatureBlocks(MailScan scan, ClassifiedLine[] lines)
    {
        var text = scan.Text;
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Kind != LineKind.Signature)
            {
                continue;
            }

            for (var k = i - 1; k >= 0 && lines[k].Kind == LineKind.Content; k--)
            {
                var line = scan.Lines[k];
                if (LineText.WordCount(text, line.Start, line.End, MaxSignatureLineWords) > MaxSignatureLineWords
                    || text.AsSpan(line.Start, line.Length).IndexOfAny(":?!\t|") >= 0
                    || ListMarker.Has(text, line.Start, line.End))
                {
                    break;
                }

                lines[k] = lines[k] with { Kind = LineKind.Signature };
            }
        }
    }

    /// <summary>
    /// "2. Teams – Erfahrungen aus den ersten Wochen (10:30)", "Recap of actions (10 min)": an agenda item ends with
    /// its time in parentheses — numbers, a clock time or a unit of the packs' "durations", nothing else.
    /// </summary>
    private static bool IsAgendaItem(MailScan scan, int i)
    {
        var text = scan.Text;
        var line = scan.Lines[i];
        var close = line.End - 1;
        if (line.Length < 3 || text[close] != ')')
        {
            return false;
        }

        var open = text.LastIndexOf('(', close, Math.Min(line.Length, MaxAgendaTimeLength));
        if (open < line.Start)
        {
            return false;
        }

        bool number = false, clock = false, unit = false;
        var k = open + 1;
        while (k < close)
        {
            var c = text[k];
            if (char.IsDigit(c))
            {
                number = true;
                clock |= k + 2 < close && text[k + 1] == ':' && char.IsDigit(text[k + 2]);
                k++;
            }
            else if (char.IsLetter(c))
            {
                if (scan.CueAt(i, k, MailCue.Duration) is not { } duration || duration.End > close)
                {
                    return false;
                }

                unit = true;
                k = duration.End;
            }
            else if (char.IsWhiteSpace(c) || c is ':' or '.' or '-' or '/' or '\u2013' or '\u2014')
            {
                k++;
            }
            else
            {
                return false;
            }
        }

        return number && (clock || unit);
    }

    /// <summary>How a line that is neither quoted nor blank reads from its first word.</summary>
    private static (LineKind Kind, int Start) Opening(MailScan scan, int i, bool seenContent)
    {
        var text = scan.Text;
        var line = scan.Lines[i];
        var first = LineText.FirstWordStart(text, line.Start, line.End);
        var opening = scan.CueAt(i, first);
        switch (opening?.Cue)
        {
            case MailCue.Greeting:
                return Greeting(text, line, opening.Value);
            case MailCue.SignOff when seenContent && IsShortSignOff(text, line, opening.Value):
                return (LineKind.SignOff, line.Start);
            case MailCue.SignatureLine:
                return (LineKind.Signature, line.Start);
        }

        if (seenContent && EndsWithSignOff(scan, i))
        {
            return (LineKind.SignOff, line.Start);
        }

        return LooksLikeContactDetail(text, line) ? (LineKind.Signature, line.Start) : (LineKind.Content, line.Start);
    }

    private static (LineKind, int) Greeting(string text, MailLine line, CueMatch greeting)
    {
        for (var k = greeting.End; k < line.End; k++)
        {
            if (text[k] is ',' or '!')
            {
                // "Hallo Max, anbei der Stand:" — what follows the greeting's comma is read as a line of its own.
                var rest = LineText.FirstWordStart(text, k + 1, line.End);
                return LineText.WordCount(text, rest, line.End, 2) > 2 ? (LineKind.Content, rest) : (LineKind.Greeting, line.Start);
            }
        }

        return LineText.WordCount(text, line.Start, line.End, MaxGreetingWords) <= MaxGreetingWords
            ? (LineKind.Greeting, line.Start)
            : (LineKind.Content, line.Start);
    }

    private static bool IsShortSignOff(string text, MailLine line, CueMatch signOff)
    {
        var after = LineText.WordCount(text, signOff.End, line.End, MaxWordsAfterSignOff);
        return after == 0 || (after <= MaxWordsAfterSignOff && LineText.LastMark(text, line.Start, line.End) is not ('.' or '?' or ':'));
    }

    private static bool EndsWithSignOff(MailScan scan, int i)
    {
        var line = scan.Lines[i];
        if (LineText.WordCount(scan.Text, line.Start, line.End, MaxSignOffLineWords) > MaxSignOffLineWords)
        {
            return false;
        }

        foreach (var cue in scan.Cues(i))
        {
            if (cue.Cue == MailCue.SignOff && !LineText.ContainsLetterOrDigitBetween(scan.Text, cue.End, line.End))
            {
                return true;
            }
        }

        return false;
    }

    // "Nächste Schritte:", "Open points", "Action items:" — the heading alone, or with a colon at its end; closing a line
    // as a sentence of its own ("The minutes are attached. Action items:"); or the writer introducing such a part in
    // the line's last sentence ("Für den Workshop schlage ich folgende Agenda vor:", "Vorab hätte ich zwei Fragen:") —
    // unless that sentence announces notes ("Danke für Ihre Fragen, hier der Stand:").
    private static bool IsOtherSection(MailScan scan, int i)
    {
        var line = scan.Lines[i];
        var text = scan.Text;
        var colon = LineText.LastMark(text, line.Start, line.End) == ':';
        if (scan.CueAt(i, LineText.FirstWordStart(text, line.Start, line.End), MailCue.OtherSection) is not null)
        {
            return colon || LineText.WordCount(text, line.Start, line.End, MaxOtherSectionWords) <= MaxOtherSectionWords;
        }

        if (!colon)
        {
            return false;
        }

        var last = LastSentenceStart(text, line.Start, line.End);
        if (scan.CueAt(i, last, MailCue.OtherSection) is not null)
        {
            return LineText.WordCount(text, last, line.End, MaxOtherSectionWords) <= MaxOtherSectionWords;
        }

        return scan.Has(i, MailCue.OtherSection, last, line.End)
            && !scan.Has(i, MailCue.NoteIntro, last, line.End)
            && SentenceTalk.Of(scan, last, line.End) == TalkKind.Talk;
    }

    /// <summary>Where the line's last sentence starts: after the last '.', '!' or '?' followed by a space.</summary>
    private static int LastSentenceStart(string text, int from, int to)
    {
        for (var k = to - 2; k > from; k--)
        {
            if (text[k] is '.' or '!' or '?' && char.IsWhiteSpace(text[k + 1]))
            {
                return LineText.FirstWordStart(text, k + 1, to);
            }
        }

        return from;
    }

    private static bool HasCue(MailScan scan, int i, MailCue cue)
    {
        foreach (var match in scan.Cues(i))
        {
            if (match.Cue == cue)
            {
                return true;
            }
        }

        return false;
    }

    // The "-- " line that opens a signature by convention (RFC 3676).
    private static bool IsSignatureDelimiter(string text, MailLine line) =>
        line.Length == 2 && text[line.Start] == '-' && text[line.Start + 1] == '-';

    /// <summary>A short line that is mostly a phone number, or an address line with an e-mail address.</summary>
    private static bool LooksLikeContactDetail(string text, MailLine line)
    {
        if (line.Length > 80)
        {
            return false;
        }

        int digits = 0, letters = 0;
        var at = false;
        for (var k = line.Start; k < line.End; k++)
        {
            var c = text[k];
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c == '@')
            {
                at = true;
            }
        }

        return (digits >= 6 && letters <= 12 && digits > letters)
            || (at && LineText.WordCount(text, line.Start, line.End, 5) <= 5 && !text.AsSpan(line.Start, line.Length).Contains(": ", StringComparison.Ordinal));
    }
}
