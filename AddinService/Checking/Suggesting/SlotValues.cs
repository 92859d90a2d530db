using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Reading;
using NoteAddin.Checking.Rules;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Suggesting;

/// <summary>What the draft can put into each kind of slot; null where the draft has nothing for it.</summary>
internal static class SlotValues
{
    public static string? For(SlotFiller filler, NoteReading reading, IReadOnlyList<Finding> findings)
    {
        var c = reading.Pack.Categories;
        return filler switch
        {
            SlotFiller.PrimaryIssue => Clause(reading, reading.ReasonClause) ?? ReasonPhrase(reading),
            SlotFiller.TechnicalDetails or SlotFiller.FurtherDetails => OtherSentence(reading),
            SlotFiller.Limitations => null,
            SlotFiller.Phase => Phase(reading, findings),
            SlotFiller.FocusWorkload or SlotFiller.Solution => Clause(reading, reading.ConditionClause) is { } work && !reading.Pack.SlotText.IsTime(work) ? work : null,
            SlotFiller.AttemptCount => reading.AttemptCount?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SlotFiller.AccountType => reading.Has(c.Unmanaged) ? reading.Pack.Message("accountUnmanaged")
                : reading.Has(c.Managed) ? reading.Pack.Message("accountManaged") : null,
            SlotFiller.DuplicateKind => reading.Has(c.InvalidWord) ? reading.Pack.Message("kindInvalid")
                : reading.Has(c.DuplicateWord) ? reading.Pack.Message("kindDuplicate") : null,
            SlotFiller.DuplicateReason => Clause(reading, reading.ReasonClause) ?? DetailPhrase(reading),
            _ => null,
        };
    }

    /// <summary>Fillers that take words from the note (the rest are counts and the pack's own words).</summary>
    public static bool TakesPhrase(SlotFiller filler) =>
        filler is not (SlotFiller.AttemptCount or SlotFiller.AccountType or SlotFiller.DuplicateKind);

    // A clause ends where the next cue begins, and a cue may begin inside a word ("pilot" in "Copilot"): the slot takes
    // the whole word.
    private static string? Clause(NoteReading reading, Span? span)
    {
        if (span is not { } s)
        {
            return null;
        }

        var (start, end) = WholeWords(reading.Text, s.Start, s.End);
        return reading.Text[start..end];
    }

    /// <summary>
    /// The first progress detail that can stand alone as a phase, in whole words ("Postfachmigration", not the
    /// "postfach" that matched; "mailboxes", not "configured" or "next"). None when a finding says the note's progress
    /// words are no detail of this workload's progress: a note judged to lack progress detail has only the bare phase
    /// word the writer is asked to expand ("Migration läuft"), and a note whose words name another workload's things
    /// tells nothing of this one's. The slot then stays open for the writer.
    /// </summary>
    private static string? Phase(NoteReading reading, IReadOnlyList<Finding> findings)
    {
        if (findings.Any(f => f.RuleId is MissingProgressDetailRule.RuleId or WorkloadMismatchRule.RuleId))
        {
            return null;
        }

        foreach (var match in reading.All(reading.Pack.Categories.ProgressDetail))
        {
            var (start, end) = WholeWords(reading.Text, match.Start, match.End);
            var words = reading.Text[start..end];
            if (reading.Pack.SlotText.IsPhase(words))
            {
                return words;
            }
        }

        return null;
    }

    /// <summary>Without a "because …" clause, the words that gave the reason away stand for it.</summary>
    private static string? ReasonPhrase(NoteReading reading)
    {
        if (reading.Reason is null)
        {
            return null;
        }

        var reasonOf = reading.Pack.ReasonIndexByCategory;
        foreach (var match in reading.Matches)
        {
            var index = reasonOf[match.Category];
            if (index >= 0 && reading.Pack.Reasons[index].L2 == reading.Reason.L2)
            {
                return WithWordBefore(reading, WholeWords(reading.Text, match.Start, match.End));
            }
        }

        return null;
    }

    private static (int Start, int End) WholeWords(string text, int start, int end)
    {
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-'))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>"merger" reads better as "the merger": take the word before it when it belongs to the phrase (an
    /// article, an adjective) — except words the pack says clash with its templates (German cases: "aufgrund von
    /// die Fusion" is wrong, "aufgrund von Fusion" merely terse).</summary>
    private static string WithWordBefore(NoteReading reading, (int Start, int End) span)
    {
        var text = reading.Text;
        var start = span.Start;
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        var wordEnd = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        var word = text.AsSpan(i + 1, wordEnd - i - 1);
        // A word, not the letters after a digit ("2x Ausfälle").
        var determiner = word.Length is > 0 and <= 5 && char.IsLower(word[0]) && (i < 0 || !char.IsDigit(text[i]))
            && !reading.Pack.SlotText.NotTakenBefore.Contains(NormalizedText.FoldPhrase(word.ToString()));
        return text[(determiner ? i + 1 : start)..span.End];
    }

    /// <summary>The first duplicate detail in whole words ("Lizenzanzahl", not the "lizenz" that matched).</summary>
    private static string? DetailPhrase(NoteReading reading)
    {
        var detail = reading.Pack.Categories.DuplicateDetail;
        if (!reading.Has(detail))
        {
            return null;
        }

        var (start, end) = WholeWords(reading.Text, reading.First(detail).Start, reading.First(detail).End);
        return reading.Text[start..end];
    }

    /// <summary>The second sentence, when the first carries the status and the second the detail.</summary>
    private static string? OtherSentence(NoteReading reading)
    {
        if (reading.Sentences.Count < 2)
        {
            return null;
        }

        var second = reading.Sentences[1];
        return reading.Text[second.Start..second.End].TrimEnd('.', '!', ' ');
    }
}
