using System.Runtime.Intrinsics;
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
    internal static void AddCharacters<TSink>(ReadOnlySpan<char> text, FeatureOptions options, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        var start = options.CharMin == 2 && options.CharMax == 5 && Vector128.IsHardwareAccelerated ? AddTwoToFive(text, ref sink) : 0;
        AddCharactersFrom(text, start, options, ref sink);
    }

    /// <summary>The character n-grams of every position from <paramref name="start"/> on, one hash at a time.</summary>
    internal static void AddCharactersFrom<TSink>(ReadOnlySpan<char> text, int start, FeatureOptions options, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        var padded = text.Length + 2;
        for (; start < padded; start++)
        {
            var hash = FeatureHasher.CharSeed;
            var end = Math.Min(padded, start + options.CharMax);
            for (var k = start; k < end; k++)
            {
                hash = FeatureHasher.Step(hash, Padded(text, k));
                if (k - start + 1 >= options.CharMin)
                {
                    sink.AddText(FeatureHasher.Finish(hash));
                }
            }
        }
    }

    // The model's n-gram range, 2–5, at every position with five characters left: the four n-grams from one position
    // share their FNV prefix, and Murmur's finaliser runs on the four in one vector (the hashing is the largest single
    // part of a check under load). The same hashes in the same order as AddCharactersFrom; returns where it stopped.
    private static int AddTwoToFive<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        var padded = text.Length + 2;
        var start = 0;
        for (; start + 5 <= padded; start++)
        {
            var one = FeatureHasher.Step(FeatureHasher.CharSeed, Padded(text, start));
            var two = FeatureHasher.Step(one, Padded(text, start + 1));
            var three = FeatureHasher.Step(two, Padded(text, start + 2));
            var four = FeatureHasher.Step(three, Padded(text, start + 3));
            var five = FeatureHasher.Step(four, Padded(text, start + 4));
            var finished = FeatureHasher.Finish(Vector128.Create(two, three, four, five));
            sink.AddText(finished.GetElement(0));
            sink.AddText(finished.GetElement(1));
            sink.AddText(finished.GetElement(2));
            sink.AddText(finished.GetElement(3));
        }

        return start;
    }

    private static char Padded(ReadOnlySpan<char> text, int k) => k == 0 || k == text.Length + 1 ? ' ' : text[k - 1];

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
        // Numbers only: the committed model learned this flag before dates, places and times words counted as attempts,
        // and a flag that means something else than it learned shifts the decision (docs/ENGINE.md, "attempt counts").
        // Whether they belong in it is for a retraining to measure.
        AddFlag(reading.NumberedAttempts is not null, hashes.AttemptCount, ref sink);
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
