using Newtonsoft.Json;

namespace NoteAddin.Checking.Packs;

/// <summary>
/// A rule pack file as written (RulePacks/en.json, de.json, or a team's overlay). Every part is optional so an
/// overlay can add only what it needs; the loader checks that the merged result is complete.
/// </summary>
public sealed class RulePackDocument
{
    public string? Language { get; set; }

    /// <summary>Abbreviations whose dots do not end a sentence, as written ("z. B.", "e.g.").</summary>
    public List<string>? Abbreviations { get; set; }

    /// <summary>Numbers with a dot are ordinals or dates, not sentence ends ("2. Welle") — true for German.</summary>
    public bool? OrdinalDots { get; set; }

    /// <summary>Common words of the language, for telling German from English.</summary>
    public List<string>? DetectionWords { get; set; }

    /// <summary>Numbers written as words ("three", "drei") for counting contact attempts.</summary>
    public Dictionary<string, int>? NumberWords { get; set; }

    /// <summary>Ordinals ("fifth", "5th", "sechster") that give the number of attempts as the latest one's place ("the
    /// 5th contact attempt"): read by the rules, not the model (<see cref="Reading.AttemptCounter.CountOtherwise"/>).</summary>
    public Dictionary<string, int>? OrdinalWords { get; set; }

    /// <summary>Words after an attempt word that say how often ("called twice"): read as <see cref="OrdinalWords"/>.</summary>
    public Dictionary<string, int>? TimesWords { get; set; }

    /// <summary>Named phrase lists (categories) the reader and the status cues refer to.</summary>
    public Dictionary<string, List<string>>? Phrases { get; set; }

    public List<StatusCueDocument>? StatusCues { get; set; }

    /// <summary>Which phrase list negates which ("not configured" is no progress; "nicht eingerichtet" neither).</summary>
    public NegationDocument? Negation { get; set; }

    public List<ReasonDocument>? Reasons { get; set; }

    public List<WorkloadDocument>? Workloads { get; set; }

    /// <summary>The mail reader's word lists (greetings, sign-offs, reply headers, status labels…).</summary>
    public MailWordsDocument? Mail { get; set; }

    public List<TemplateDocument>? Templates { get; set; }

    public Dictionary<string, RuleDocument>? Rules { get; set; }

    /// <summary>Which words a phrase taken from the note into a template slot may not start or end with.</summary>
    public SlotTextDocument? SlotText { get; set; }

    /// <summary>Words that join the items of a list ("and", "sowie", "usw"): "network, clients and processes" is a
    /// list of three. Matched case-insensitively against the note's words as written.</summary>
    public List<string>? ListJoiners { get; set; }

    /// <summary>What may follow the digits of a number glued to it in a contact-attempt count ("3x", "3mal").</summary>
    public List<string>? AttemptSuffixes { get; set; }

    /// <summary>The portal's L1 field values as exports write them, by status ("Status Unknown", "Blockiert"): the
    /// audits read the recorded status of each note with them.</summary>
    public Dictionary<string, List<string>>? RecordedStatuses { get; set; }

    /// <summary>How typos in cue words are mended (see TypoCorrector).</summary>
    public TyposDocument? Typos { get; set; }

    /// <summary>Other texts in the pack's language (batch messages, slot fallbacks).</summary>
    public Dictionary<string, string>? Messages { get; set; }
}

/// <summary>Words that decide whether a phrase from the note fits a template slot (see SlotPhrase).</summary>
public sealed class SlotTextDocument
{
    /// <summary>Words that link a reason to its sentence ("because of", "aufgrund von"): the template has its own,
    /// so the note's are dropped from the start of the phrase.</summary>
    public List<string>? Linking { get; set; }

    /// <summary>Prepositions, conjunctions, verbs: a whole phrase does not start with one.</summary>
    public List<string>? NeverFirst { get; set; }

    /// <summary>The same and articles: a whole phrase does not end with one.</summary>
    public List<string>? NeverLast { get; set; }

    /// <summary>Words before a reason phrase that are not taken along into the slot (German cases clash with the
    /// template: "aufgrund von die Fusion").</summary>
    public List<string>? NotTakenBefore { get; set; }

    /// <summary>Words that are no phase on their own — participles, "next", a workload's bare name — so a phase slot
    /// does not take them alone ("focus is on configured"). Phrases in the pack's syntax ("*ed": any word ending so).</summary>
    public List<string>? NeverPhase { get; set; }

    /// <summary>The language capitalises its nouns (German): a phase slot then takes only a capitalised word.</summary>
    public bool? NounsCapitalized { get; set; }

    /// <summary>Words that open a time, not a piece of work ("Ende Juni", "the summer", "Q3"; phrases in the pack's syntax,
    /// "sommer*" also "Sommerferien"): "after [focus] is completed" and "until [solution] is implemented" take no time.</summary>
    public List<string>? TimeWords { get; set; }
}

/// <summary>Typo mending: note words of at least <see cref="MinLength"/> letters one edit from one of <see cref="Words"/>
/// are read as it; <see cref="NeverCorrect"/> lists real words one edit from such a word that must stay as written.</summary>
public sealed class TyposDocument
{
    public int? MinLength { get; set; }

    public List<string>? Words { get; set; }

    public List<string>? NeverCorrect { get; set; }
}

/// <summary>Evidence for a status: every listed category present in one sentence, none of the excluded ones.</summary>
public sealed class StatusCueDocument
{
    public string Status { get; set; } = "";

    public double Weight { get; set; } = 1;

    public List<string> All { get; set; } = new();

    public List<string>? None { get; set; }
}

/// <summary>A negation list and the categories whose matches it cancels when it stands just before them; optionally
/// a list of words that open a pending condition ("until", "sobald"), which cancel the same categories up to the end
/// of the clause they open: "blocked until the new appliance is live" does not say that anything is live.</summary>
public sealed class NegationDocument
{
    public string Category { get; set; } = "";

    public List<string> Negates { get; set; } = new();

    public string? Conditions { get; set; }
}

/// <summary>One of the portal's L2 reasons with the phrases that point at it, and its L3 refinements.</summary>
public sealed class ReasonDocument
{
    public string L1 { get; set; } = "";

    public string L2 { get; set; } = "";

    public List<string> Phrases { get; set; } = new();

    public List<ReasonL3Document>? L3 { get; set; }

    /// <summary>A restriction (legal, security) stays Blocked even when the note says "will not deploy".</summary>
    public bool Restriction { get; set; }

    /// <summary>Nobody has asked the customer yet (a new subscription): an Unknown note with this reason owes no
    /// contact attempts.</summary>
    public bool NoContactYet { get; set; }

    /// <summary>The reason is moving a workload's content (mailboxes, sites, files): meaningless for a workload that
    /// has no such content, which is what workload-mismatch looks for.</summary>
    public bool MovesContent { get; set; }

    /// <summary>The reason is the customer's business itself rather than a blocker (Executive Sponsorship: a merger, a
    /// reorganisation, new leadership, no sponsor): a note whose only why waits for it ("until the merger is done")
    /// still leaves the why implied, which is what implied-reason looks for. A blocker named in such a condition is a
    /// concrete why.</summary>
    public bool BusinessEvent { get; set; }
}

public sealed class ReasonL3Document
{
    public string Name { get; set; } = "";

    public List<string> Phrases { get; set; } = new();
}

/// <summary>
/// A workload, the names the API may give it, and the things only it has (mailboxes for Exchange, Autopilot for
/// Intune). A note about one workload that speaks only of another's things does not apply to its workload.
/// </summary>
public sealed class WorkloadDocument
{
    public string Name { get; set; } = "";

    public List<string>? Aliases { get; set; }

    public List<string>? Concepts { get; set; }
}

/// <summary>A note template; <see cref="Slots"/> maps each [slot name] in the text to what fills it from a draft.</summary>
public sealed class TemplateDocument
{
    public string Id { get; set; } = "";

    public string Status { get; set; } = "";

    public string Text { get; set; } = "";

    public Dictionary<string, string>? Slots { get; set; }

    /// <summary>L2 reasons this template suits best (helps pick among templates of one status).</summary>
    public List<string>? PreferFor { get; set; }
}

/// <summary>A rule's texts in the pack's language and the examples that prove it.</summary>
public sealed class RuleDocument
{
    public string Title { get; set; } = "";

    public string Message { get; set; } = "";

    public string Explanation { get; set; } = "";

    public List<string>? Suggestions { get; set; }

    public string? GoodExample { get; set; }

    public string? BadExample { get; set; }

    /// <summary>Phrases only this rule looks for, on the folded note. Not a reader category, so not a feature of the
    /// learned model: a rule can be sharpened without retraining it.</summary>
    public List<string>? Words { get; set; }

    /// <summary>Notes that must fire this rule.</summary>
    public List<RuleExampleDocument>? Fires { get; set; }

    /// <summary>Notes that must not fire this rule.</summary>
    public List<RuleExampleDocument>? Passes { get; set; }
}

/// <summary>A rule example: a plain string, or an object when the example needs a workload.</summary>
[JsonConverter(typeof(RuleExampleConverter))]
public sealed class RuleExampleDocument
{
    public string Text { get; set; } = "";

    public string? Workload { get; set; }
}
