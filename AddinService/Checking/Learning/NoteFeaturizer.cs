using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Learning;

/// <summary>
/// A note as the model sees it: word 1–2-grams and character n-grams of the folded text (lower case, umlauts
/// spelled out — typos and inflections share most of their character n-grams), plus what the rule packs read
/// (each phrase category hit, the statuses the cues state or hint, the reason candidates, the rules' verdict), so
/// the model learns how much each cue is worth. The same code feeds the trainer and the service's scorer.
/// </summary>
public static class NoteFeaturizer
{
    public static void Extract<TSink>(NoteReading reading, DecisionEvidence evidence, FeatureOptions options, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        var text = reading.Folded.Span;
        var words = AddWords(text, options, ref sink);
        AddCharacters(text, options, ref sink);
        if (options.Cues)
        {
            AddCues(reading, evidence, words, ref sink);
        }
    }

    private static int AddWords<TSink>(ReadOnlySpan<char> text, FeatureOptions options, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        var words = 0;
        var previous = 0u;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var word = FeatureHasher.Hash(text[start..i], FeatureHasher.WordSeed);
            sink.AddText(word);
            if (options.WordBigrams && words > 0)
            {
                sink.AddText(FeatureHasher.Combine(previous, word));
            }

            previous = word;
            words++;
        }

        return words;
    }

    // Over " " + text + " ", so the first and last letters of the note make n-grams of their own, as inner words do.
    private static void AddCharacters<TSink>(ReadOnlySpan<char> text, FeatureOptions options, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        var padded = text.Length + 2;
        for (var start = 0; start < padded; start++)
        {
            var hash = FeatureHasher.CharSeed;
            var end = Math.Min(padded, start + options.CharMax);
            for (var k = start; k < end; k++)
            {
                var c = k == 0 || k == padded - 1 ? ' ' : text[k - 1];
                hash = FeatureHasher.Step(hash, c);
                if (k - start + 1 >= options.CharMin)
                {
                    sink.AddText(FeatureHasher.Finish(hash));
                }
            }
        }
    }

    private static void AddCues<TSink>(NoteReading reading, DecisionEvidence evidence, int words, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        var hashes = CueHashes.For(reading.Pack);
        foreach (var match in reading.Matches)
        {
            sink.AddCue(hashes.Categories[match.Category], 1);
        }

        var cues = evidence.Cues;
        ReadOnlySpan<double> scores = [cues.InProgress, cues.Blocked, cues.NoIntent, cues.Unknown, cues.Duplicate, cues.NotProceeding];
        for (var slot = 0; slot < scores.Length; slot++)
        {
            if (scores[slot] >= CueScores.Stated)
            {
                sink.AddCue(hashes.StatedSlots[slot], 1);
            }
            else if (scores[slot] > 0)
            {
                sink.AddCue(hashes.HintedSlots[slot], 1);
            }
        }

        var verdict = evidence.Rules;
        sink.AddCue((verdict.Stated ? hashes.StatedVerdicts : hashes.Verdicts)[(int)verdict.Status], 1);

        var reasons = evidence.ReasonScores;
        for (var r = 0; r < reasons.Length; r++)
        {
            if (reasons[r] > 0)
            {
                // Evidence counts with diminishing returns: the second firewall word adds less than the first.
                sink.AddCue(hashes.ReasonWords[r], (float)Math.Min(1.5, reasons[r] / 2));
            }
        }

        if (evidence.Reasons.Best is { } best)
        {
            sink.AddCue(hashes.BestReasons[best.Index], 1);
        }

        AddFlag(reading.ReasonClause is not null, hashes.ReasonClause, ref sink);
        AddFlag(reading.ConditionClause is not null, hashes.ConditionClause, ref sink);
        AddFlag(reading.AttemptCount is not null, hashes.AttemptCount, ref sink);
        AddFlag(evidence.MeetingsOrFigures, hashes.MeetingsOrFigures, ref sink);
        AddFlag(reading.Sentences.Count > 2, hashes.OverTwoSentences, ref sink);
        sink.AddCue(hashes.LengthBand(words), 1);
        sink.AddCue(hashes.Language, 1);
    }

    private static void AddFlag<TSink>(bool on, uint hash, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        if (on)
        {
            sink.AddCue(hash, 1);
        }
    }
}
