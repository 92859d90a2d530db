using NoteAddin.Checking.Matching;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Reading;

/// <summary>The smaller things the rules ask about, read once from the matches and the text.</summary>
internal static class FeatureFinder
{
    public static void Find(NoteReading reading)
    {
        var c = reading.Pack.Categories;
        reading.AreaList = FindSlashList(reading.Text) ?? AreaListFinder.Find(reading);
        reading.UsageFigure = FindUsageFigure(reading);
        reading.DeclinesFastTrack = InOneSentence(reading, c.Ftc, c.Decline);
        reading.HasSpecificReason = SpecificScore(reading) >= ReasonClassifier.MinimumScore || Words.Count(reading.Text) > LongExplanation;
        reading.ReasonOutsideCondition = ReasonOutside(reading, reading.ConditionClause);
    }

    // A note this long explains its reason, even when its reason words are broad ones ("kein Mehrwert: …").
    private const int LongExplanation = 14;

    /// <summary>Three or more words joined by slashes: "cloud/data/legal requirements".</summary>
    private static Span? FindSlashList(string text)
    {
        for (var slash = text.IndexOf('/'); slash >= 0; slash = text.IndexOf('/', slash + 1))
        {
            var start = slash;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (slash - start < 2)
            {
                continue;
            }

            var parts = 1;
            var end = slash;
            while (end < text.Length && text[end] == '/')
            {
                var wordEnd = end + 1;
                while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
                {
                    wordEnd++;
                }

                if (wordEnd - end - 1 < 2)
                {
                    break;
                }

                parts++;
                end = wordEnd;
            }

            if (parts >= 3)
            {
                return new Span(start, end);
            }

            slash = Math.Max(slash, end - 1);
        }

        return null;
    }

    private static Span? FindUsageFigure(NoteReading reading)
    {
        foreach (var word in reading.All(reading.Pack.Categories.UsageWord))
        {
            var sentence = reading.Sentences[reading.SentenceOf(word.Start)];
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                if (char.IsAsciiDigit(reading.Text[i]))
                {
                    var end = i;
                    while (end < sentence.End && (char.IsAsciiDigit(reading.Text[end]) || reading.Text[end] is '.' or ',' or '%' or ' ') )
                    {
                        end++;
                    }

                    while (end > i && reading.Text[end - 1] is ' ' or '.' or ',')
                    {
                        end--;
                    }

                    var start = Math.Min(word.Start, i);
                    return new Span(start, Math.Max(end, word.End));
                }
            }
        }

        return null;
    }

    private static bool InOneSentence(NoteReading reading, int a, int b)
    {
        if (!reading.Has(a) || !reading.Has(b))
        {
            return false;
        }

        foreach (var x in reading.All(a))
        {
            var sentence = reading.SentenceOf(x.Start);
            foreach (var y in reading.All(b))
            {
                if (reading.SentenceOf(y.Start) == sentence)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The chosen reason's score without the phrases that overlap a vague one.</summary>
    private static double SpecificScore(NoteReading reading)
    {
        if (reading.Reason is null)
        {
            return 0;
        }

        var vagueWords = VagueWordCover(reading);
        var reasonOf = reading.Pack.ReasonIndexByCategory;
        var score = 0.0;
        foreach (var match in reading.Matches)
        {
            var reason = reasonOf[match.Category];
            if (reason < 0 || reading.Pack.Reasons[reason].L2 != reading.Reason.L2 || Covered(vagueWords, match))
            {
                continue;
            }

            score += match.Weight;
        }

        return score;
    }

    /// <summary>The characters of every word a vague phrase touches: "Lizenzthema" is one vague word, however
    /// specific its first half looks. Null when the note has no vague phrase.</summary>
    private static bool[]? VagueWordCover(NoteReading reading)
    {
        var vague = reading.Pack.Categories.VagueReason;
        if (!reading.Has(vague))
        {
            return null;
        }

        var cover = new bool[reading.Text.Length];
        foreach (var match in reading.All(vague))
        {
            var (start, end) = WordBounds(reading.Text, match.Start, match.End);
            Array.Fill(cover, true, start, end - start);
        }

        return cover;
    }

    private static bool Covered(bool[]? cover, PhraseMatch match)
    {
        if (cover is null)
        {
            return false;
        }

        for (var i = match.Start; i < match.End; i++)
        {
            if (cover[i])
            {
                return true;
            }
        }

        return false;
    }

    private static (int Start, int End) WordBounds(string text, int start, int end)
    {
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>Is the chosen reason given anywhere but inside the "until …" condition?</summary>
    private static bool ReasonOutside(NoteReading reading, Span? condition)
    {
        if (reading.Reason is null || condition is not { } clause)
        {
            return reading.Reason is not null;
        }

        var markerStart = reading.First(reading.Pack.Categories.TimeCondition).Start;
        var reasonOf = reading.Pack.ReasonIndexByCategory;
        foreach (var match in reading.Matches)
        {
            var reason = reasonOf[match.Category];
            if (reason >= 0 && reading.Pack.Reasons[reason].L2 == reading.Reason.L2 && (match.End <= markerStart || match.Start >= clause.End))
            {
                return true;
            }
        }

        return false;
    }
}
