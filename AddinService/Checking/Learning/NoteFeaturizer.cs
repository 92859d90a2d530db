using NoteAddin.Checking.Model;
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
    // Seeds per kind of cue feature, so a category and an L2 of the same name stay apart.
    private const uint Category = FeatureHasher.CueSeed;
    private const uint StatedCue = FeatureHasher.CueSeed + 1;
    private const uint HintedCue = FeatureHasher.CueSeed + 2;
    private const uint RuleStatus = FeatureHasher.CueSeed + 3;
    private const uint RuleStated = FeatureHasher.CueSeed + 4;
    private const uint ReasonWords = FeatureHasher.CueSeed + 5;
    private const uint BestReason = FeatureHasher.CueSeed + 6;
    private const uint Flag = FeatureHasher.CueSeed + 7;
    private const uint Length = FeatureHasher.CueSeed + 8;
    private const uint Language = FeatureHasher.CueSeed + 9;

    private static readonly string[] SlotNames = Enum.GetNames<Packs.CueSlot>();
    private static readonly string[] StatusNames = Enum.GetNames<NoteStatus>();

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
        var pack = reading.Pack;
        foreach (var match in reading.Matches)
        {
            sink.AddCue(FeatureHasher.Hash(pack.CategoryNames[match.Category], Category), 1);
        }

        var cues = evidence.Cues;
        ReadOnlySpan<double> scores = [cues.InProgress, cues.Blocked, cues.NoIntent, cues.Unknown, cues.Duplicate, cues.NotProceeding];
        for (var slot = 0; slot < scores.Length; slot++)
        {
            if (scores[slot] >= CueScores.Stated)
            {
                sink.AddCue(FeatureHasher.Hash(SlotNames[slot], StatedCue), 1);
            }
            else if (scores[slot] > 0)
            {
                sink.AddCue(FeatureHasher.Hash(SlotNames[slot], HintedCue), 1);
            }
        }

        var verdict = evidence.Rules;
        sink.AddCue(FeatureHasher.Hash(StatusNames[(int)verdict.Status], verdict.Stated ? RuleStated : RuleStatus), 1);

        var reasons = evidence.ReasonScores;
        for (var r = 0; r < reasons.Length; r++)
        {
            if (reasons[r] > 0)
            {
                // Evidence counts with diminishing returns: the second firewall word adds less than the first.
                sink.AddCue(FeatureHasher.Hash(pack.Reasons[r].L2, ReasonWords), (float)Math.Min(1.5, reasons[r] / 2));
            }
        }

        if (evidence.Reasons.Best is { } best)
        {
            sink.AddCue(FeatureHasher.Hash(pack.Reasons[best.Index].L2, BestReason), 1);
        }

        AddFlag(reading.ReasonClause is not null, "reason-clause", ref sink);
        AddFlag(reading.ConditionClause is not null, "condition-clause", ref sink);
        AddFlag(reading.AttemptCount is not null, "attempt-count", ref sink);
        AddFlag(evidence.MeetingsOrFigures, "meetings-or-figures", ref sink);
        AddFlag(reading.Sentences.Count > 2, "over-two-sentences", ref sink);
        sink.AddCue(FeatureHasher.Hash(LengthBand(words), Length), 1);
        sink.AddCue(FeatureHasher.Hash(pack.Language, Language), 1);
    }

    private static void AddFlag<TSink>(bool on, string name, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        if (on)
        {
            sink.AddCue(FeatureHasher.Hash(name, Flag), 1);
        }
    }

    // Bare notes ("Kein Bedarf.", "n/a") behave unlike full ones whatever their words say.
    private static string LengthBand(int words) => words switch
    {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        <= 5 => "4-5",
        <= 8 => "6-8",
        <= 15 => "9-15",
        <= 30 => "16-30",
        _ => "31+",
    };
}
