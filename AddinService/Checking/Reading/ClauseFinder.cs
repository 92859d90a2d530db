using NoteAddin.Checking.Matching;

namespace NoteAddin.Checking.Reading;

/// <summary>Finds the clause a marker opens ("because …", "aufgrund von …", "until …"): up to the next
/// punctuation, the next clause-break phrase (", which", "but", "aber") or the sentence end.</summary>
internal static class ClauseFinder
{
    public static Span? After(NoteReading reading, PhraseMatch marker)
    {
        var sentence = reading.Sentences[reading.SentenceOf(marker.Start)];
        var text = reading.Text;
        var start = marker.End;
        while (start < sentence.End && (char.IsWhiteSpace(text[start]) || text[start] is ':' or '-'))
        {
            start++;
        }

        var end = start;
        while (end < sentence.End && text[end] is not (',' or ';' or '(' or ')' or '\u2013' or '\u2014'))
        {
            end++;
        }

        foreach (var brk in reading.All(reading.Pack.Categories.ClauseBreak))
        {
            if (brk.Start > start && brk.Start < end)
            {
                end = brk.Start;
            }
        }

        // German puts the verb last ("aufgrund spezifischer Infrastruktur vor Ort nicht bereitstellen"): the clause
        // stops where the status words begin, so the reason does not carry them into a template slot.
        var statusCategories = reading.Pack.StatusCueCategories;
        foreach (var match in reading.Matches)
        {
            if (match.Start > start + 2 && match.Start < end && statusCategories[match.Category] && !reading.Pack.IsReasonCategory(match.Category))
            {
                end = match.Start;
            }
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '!' or '?'))
        {
            end--;
        }

        var letters = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                letters++;
            }
        }

        return letters >= 3 ? new Span(start, end) : null;
    }
}
