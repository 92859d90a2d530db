using System.Collections.Frozen;
using NoteAddin.Checking.Matching;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Packs;

/// <summary>A language's merged rule packs, compiled once at start-up into what the engine reads per note.</summary>
public sealed class CompiledPack
{
    public required string Language { get; init; }

    public required PhraseAutomaton Automaton { get; init; }

    /// <summary>Mends typos in cue words before the automaton scans the note.</summary>
    public required TypoCorrector Typos { get; init; }

    /// <summary>The longest phrase, in folded characters (bounds how far apart related matches can be).</summary>
    public required int MaxPhraseLength { get; init; }

    public required SentenceSplitter Splitter { get; init; }

    public required string[] CategoryNames { get; init; }

    public required Categories Categories { get; init; }

    public required StatusCue[] StatusCues { get; init; }

    /// <summary>For each category, whether a status cue uses it.</summary>
    public required bool[] StatusCueCategories { get; init; }

    public bool IsReasonCategory(int category) => ReasonIndexByCategory[category] >= 0;

    /// <summary>The negation phrase list, or -1.</summary>
    public required int NegationCategory { get; init; }

    /// <summary>The phrase list of words that open a pending condition ("until", "sobald"), or -1.</summary>
    public required int ConditionCategory { get; init; }

    /// <summary>For each category, whether a negation right before one of its matches, or a pending condition whose
    /// clause holds it, cancels it.</summary>
    public required bool[] Negatable { get; init; }

    public required ReasonDefinition[] Reasons { get; init; }

    /// <summary>For each category, the index of the L2 reason it belongs to, or -1.</summary>
    public required int[] ReasonIndexByCategory { get; init; }

    public required WorkloadDefinition[] Workloads { get; init; }

    /// <summary>The mail reader's word lists in this language.</summary>
    public required MailWords Mail { get; init; }

    public required TemplateDefinition[] Templates { get; init; }

    public required FrozenDictionary<string, RuleText> Rules { get; init; }

    public required FrozenDictionary<string, int> NumberWords { get; init; }

    public required FrozenDictionary<string, int> OrdinalWords { get; init; }

    public required FrozenDictionary<string, int> TimesWords { get; init; }

    public required FrozenSet<string> DetectionWords { get; init; }

    public required FrozenDictionary<string, string> Messages { get; init; }

    /// <summary>What a phrase from the note must look like to fill a template slot (pack section "slotText").</summary>
    public required SlotText SlotText { get; init; }

    /// <summary>Words that join list items, matched case-insensitively against the note as written.</summary>
    public required FrozenSet<string> ListJoiners { get; init; }

    /// <summary>What may follow digits in an attempt count ("3x"), folded.</summary>
    public required FrozenSet<string> AttemptSuffixes { get; init; }

    /// <summary>The portal's recorded-status labels in this language, in the pack's order (the first of a status
    /// is its portal name).</summary>
    public required IReadOnlyList<(NoteStatus Status, string Label)> RecordedStatuses { get; init; }

    /// <summary>The reason with this L2 name, or null.</summary>
    public ReasonDefinition? Reason(string l2)
    {
        foreach (var reason in Reasons)
        {
            if (reason.L2 == l2)
            {
                return reason;
            }
        }

        return null;
    }

    public string Message(string key) => Messages.TryGetValue(key, out var text) ? text : key;
}

/// <summary>The pack's "slotText" words, folded: linking words longest first, so "because of" goes before "because".</summary>
public sealed record SlotText(
    string[] Linking,
    FrozenSet<string> NeverFirst,
    FrozenSet<string> NeverLast,
    FrozenSet<string> NotTakenBefore,
    PhrasePattern[] NeverPhase,
    bool NounsCapitalized,
    PhrasePattern[] TimeWords)
{
    /// <summary>Whether the note's words (as written) can stand alone as a phase: a noun, not a participle or a
    /// workload's bare name.</summary>
    public bool IsPhase(string words)
    {
        var folded = NormalizedText.FoldPhrase(words);
        return folded.Length > 0
            && !(NounsCapitalized && !char.IsUpper(words[0]))
            && !NeverPhase.Any(p => p.MatchesAll(folded));
    }

    /// <summary>Whether a phrase names a time rather than a piece of work: it opens, after at most an article, with a
    /// number ("30. April") or a time word ("Ende Juni", "the summer holidays").</summary>
    public bool IsTime(string phrase)
    {
        var words = NormalizedText.FoldPhrase(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length > 1 && NeverLast.Contains(words[0]) ? words[1] : words.FirstOrDefault();
        return first is not null
            && (char.IsDigit(first[0]) || TimeWords.Any(p => p.MatchesAll(first)));
    }
}

/// <summary>A status cue: all categories present in one sentence, none of the excluded ones.</summary>
public sealed record StatusCue(CueSlot Slot, double Weight, int[] All, int[] None);

/// <summary>An L2 reason; <see cref="Restriction"/> marks legal and security restrictions, Blocked whatever the
/// wording; <see cref="NoContactYet"/> an Unknown reason that owes no contact attempts (nobody has asked yet);
/// <see cref="MovesContent"/> a reason about moving a workload's content (Migration); <see cref="BusinessEvent"/> a
/// business event rather than a blocker (a merger), which leaves a why that only waits for it implied.</summary>
public sealed record ReasonDefinition(NoteStatus L1, string L2, int Category, ReasonL3Definition[] L3, bool Restriction, bool NoContactYet, bool MovesContent, bool BusinessEvent);

public sealed record ReasonL3Definition(string Name, int Category);

/// <summary>A workload by name; <see cref="ConceptCategory"/> holds the phrases only it has (-1: none known).</summary>
public sealed record WorkloadDefinition(string Name, string[] FoldedNames, int ConceptCategory);

public sealed record TemplateDefinition(string Id, NoteStatus Status, string Text, TemplateSlot[] Slots, string[] PreferFor);

/// <summary>A [slot] of a template: its name as written, what fills it, and where it sits in the text.</summary>
public sealed record TemplateSlot(string Name, SlotFiller Filler, int Start, int Length);

public sealed record RuleText(
    string Title,
    string Message,
    string Explanation,
    IReadOnlyList<string> Suggestions,
    string? GoodExample,
    string? BadExample,
    IReadOnlyList<RuleExampleDocument> Fires,
    IReadOnlyList<RuleExampleDocument> Passes,
    string[] Words);
