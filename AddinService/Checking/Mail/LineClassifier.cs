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
                inAside = false;
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
                inAside = true;
            }
            else
            {
                (kind, start) = Opening(scan, i, seenContent);
                inSignature = kind == LineKind.SignOff;
                seenContent |= kind == LineKind.Content;
            }

            result[i] = new ClassifiedLine(kind, start, line.End);
        }

        return result;
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

    // "Nächste Schritte:", "Open points", "Action items:" — the heading alone, or with a colon at its end.
    private static bool IsOtherSection(MailScan scan, int i)
    {
        var line = scan.Lines[i];
        var text = scan.Text;
        return scan.CueAt(i, LineText.FirstWordStart(text, line.Start, line.End), MailCue.OtherSection) is not null
            && (LineText.LastMark(text, line.Start, line.End) == ':' || LineText.WordCount(text, line.Start, line.End, MaxOtherSectionWords) <= MaxOtherSectionWords);
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
