using NoteAddin.Checking.Matching;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Reading;

/// <summary>
/// Reads a note the way an experienced FastTrack Manager would: segment, match the pack's phrases in one scan,
/// weigh the status cues, classify the reason, and pick out what the rules ask about (reason clause, condition,
/// contact attempts). Produces a <see cref="NoteReading"/>; it never decides what is wrong — the rules do.
/// </summary>
public static class NoteReader
{
    public static NoteReading Read(string text, NormalizedText folded, CompiledPack pack, string? workload, IStatusDecider decider, RecordedStatusLabels labels)
    {
        var sentences = pack.Splitter.Split(text);
        var matches = new List<PhraseMatch>(32);
        pack.Automaton.Scan(folded, matches);

        var categories = pack.CategoryNames.Length;
        var first = new int[categories];
        Array.Fill(first, -1);
        var present = new bool[Math.Max(1, sentences.Count) * categories];
        var reading = new NoteReading
        {
            Text = text,
            Folded = folded,
            Pack = pack,
            Workload = FindWorkload(pack, workload),
            Sentences = sentences,
            Matches = matches,
            FirstMatch = first,
        };

        for (var i = 0; i < matches.Count; i++)
        {
            var category = matches[i].Category;
            if (first[category] < 0)
            {
                first[category] = i;
            }

            if (!pack.Negatable[category] || !(NegatedAt(reading, i) || PendingAt(reading, i)))
            {
                present[reading.SentenceOf(matches[i].Start) * categories + category] = true;
            }
        }

        if (reading.IsEmpty)
        {
            return reading;
        }

        var c = pack.Categories;
        if (reading.Has(c.TimeCondition))
        {
            reading.ConditionClause = ClauseFinder.After(reading, reading.First(c.TimeCondition));
        }

        if (reading.Has(c.ReasonMarker))
        {
            foreach (var marker in reading.All(c.ReasonMarker))
            {
                if (ClauseFinder.After(reading, marker) is { } clause)
                {
                    reading.ReasonClause = clause;
                    break;
                }
            }
        }

        if (reading.Has(c.AttemptUnit) || reading.Has(c.AttemptChannel))
        {
            reading.NumberedAttempts = AttemptCounter.Count(reading);
        }

        // Writers also give the count as the latest attempt's place, a times word or the attempts' dates ("the 5th
        // contact attempt", "called twice", "emailed 10/2, 10/16 and 10/30"): such a note does not lack the count.
        if (reading.NumberedAttempts is null
            && (reading.Has(c.ContactAttempt) || reading.Has(c.AttemptUnit) || reading.Has(c.AttemptChannel)))
        {
            reading.OtherwiseCountedAttempts = AttemptCounter.CountOtherwise(reading);
        }

        var cues = StatusResolver.Score(reading, present, categories, out var cueMatches);
        var reasons = ReasonClassifier.Score(reading);
        var verdict = StatusResolver.Decide(cues, reasons);
        var meetingsOrFigures = reading.Has(c.Engagement) || reading.Has(c.UsageWord) || IsFigureList(text);
        if (!verdict.Stated && meetingsOrFigures)
        {
            // A reason word in a note about meetings or figures ("follow-up call with the CIO", "E3, 1,200 seats,
            // renewal in October") is no status: nothing in it says what the customer does or cannot do.
            verdict = new RuleVerdict(NoteStatus.Undetermined, 0, false, -1);
        }

        reading.Cues = cues;
        var decision = decider.Decide(reading, new DecisionEvidence
        {
            Cues = cues,
            CueMatches = cueMatches,
            Reasons = reasons,
            Rules = verdict,
            MeetingsOrFigures = meetingsOrFigures,
            OpeningLabel = labels.Opening(text, FirstReasonMarkerAt(reading)),
        });
        reading.Status = decision.Status;
        reading.CueStatus = verdict.Status;
        reading.StatusConfidence = decision.Confidence;
        reading.StatusUnclear = decision.Unclear;
        reading.Guarded = decision.Guarded;
        reading.ReasonOfAnotherStatus = decision.ReasonOfAnotherStatus;
        reading.StatusEvidence = decision.Evidence;
        reading.Reason = decision.Reason;
        reading.Judgements = decision.Judgements;

        FeatureFinder.Find(reading);
        if (reading.Reason is { } found && !reading.HasSpecificReason)
        {
            // A broad area ("infrastructure", "Lizenzthema") is a weak pointer at the portal's L2.
            reading.Reason = found with { Confidence = Math.Min(found.Confidence, 0.55) };
        }

        return reading;
    }

    /// <summary>Where the note's first reason marker starts in the text ("NI due to …"), or -1.</summary>
    private static int FirstReasonMarkerAt(NoteReading reading)
    {
        var marker = reading.Pack.Categories.ReasonMarker;
        var at = -1;
        foreach (var match in reading.Matches)
        {
            if (match.Category == marker && (at < 0 || match.Start < at))
            {
                at = match.Start;
            }
        }

        return at;
    }

    // "E3, 1,200 seats, renewal in October": short (at most ten words between spaces), and at least two of its words
    // are figures — numbers only ("1,200", "500x", "06/2026"), not names with digits ("M365", "Q4"). Every note is
    // asked, so the walk stops at the eleventh word instead of counting the rest of a long note.
    internal static bool IsFigureList(string text)
    {
        const int MaxWords = 10;
        var figures = 0;
        var words = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                words += text[i] == ' ' && i > 0 && text[i - 1] != ' ' ? 1 : 0;
                i++;
            }

            if (words >= MaxWords && i < text.Length)
            {
                return false; // ten words have ended at a space and another begins
            }

            var start = i;
            var digits = 0;
            var letters = 0;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                digits += char.IsAsciiDigit(text[i]) ? 1 : 0;
                letters += char.IsLetter(text[i]) && text[i] != 'x' ? 1 : 0;
                i++;
            }

            if (i > start && digits > 0 && letters == 0)
            {
                figures++;
            }
        }

        // The last word counts when no space ends it (a tab or line break inside a word between spaces is part of it).
        return figures >= 2 && words + (text.Length > 0 && text[^1] != ' ' ? 1 : 0) <= MaxWords;
    }

    // How far before a phrase a negation still reaches it: "not yet configured", "nicht sauber eingerichtet".
    private const int NegationReach = 16;

    private static bool NegatedAt(NoteReading reading, int index)
    {
        var match = reading.Matches[index];
        var negation = reading.Pack.NegationCategory;

        // Matches come in order of their end: a negation just before this phrase is among the few before it.
        for (var j = index - 1; j >= 0 && reading.Matches[j].End >= match.Start - NegationReach; j--)
        {
            var other = reading.Matches[j];
            if (other.Category == negation && other.End <= match.Start
                && reading.SentenceOf(other.Start) == reading.SentenceOf(match.Start))
            {
                return true;
            }
        }

        return false;
    }

    // How far after the word that opens a pending condition its clause still reaches: "until the new Palo Alto
    // appliance in the data centre is live".
    private const int ConditionReach = 80;

    // The phrase stands in the clause a pending condition opens ("until the new appliance is live", "sobald die
    // Lizenzen da sind"): up to the clause's end (punctuation or a clause break), in the same sentence.
    private static bool PendingAt(NoteReading reading, int index)
    {
        var condition = reading.Pack.ConditionCategory;
        if (condition < 0)
        {
            return false;
        }

        var match = reading.Matches[index];
        var sentence = reading.SentenceOf(match.Start);
        for (var j = index - 1; j >= 0 && reading.Matches[j].End >= match.Start - ConditionReach; j--)
        {
            var opener = reading.Matches[j];
            if (opener.Category == condition && opener.End <= match.Start && reading.SentenceOf(opener.Start) == sentence)
            {
                return !ClauseEndsBetween(reading, opener.End, match.Start, j, index);
            }
        }

        return false;
    }

    private static bool ClauseEndsBetween(NoteReading reading, int from, int to, int firstMatch, int lastMatch)
    {
        for (var k = from; k < to; k++)
        {
            if (reading.Text[k] is ',' or ';' or ':' or '(' or ')' or '\u2013' or '\u2014')
            {
                return true;
            }
        }

        var clauseBreak = reading.Pack.Categories.ClauseBreak;
        for (var k = firstMatch + 1; k < lastMatch; k++)
        {
            if (reading.Matches[k].Category == clauseBreak && reading.Matches[k].Start >= from)
            {
                return true;
            }
        }

        return false;
    }

    private static WorkloadDefinition? FindWorkload(CompiledPack pack, string? workload)
    {
        if (string.IsNullOrWhiteSpace(workload))
        {
            return null;
        }

        var folded = NormalizedText.FoldPhrase(workload);
        return pack.Workloads.FirstOrDefault(w => w.FoldedNames.Contains(folded));
    }
}
