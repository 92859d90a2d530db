using NoteAddin.Checking.Matching;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Reading;

/// <summary>
/// What the reader understood of one note. Rules, grading and the suggestion read only this; nothing downstream
/// scans the text again.
/// </summary>
public sealed class NoteReading
{
    public required string Text { get; init; }

    public required NormalizedText Folded { get; init; }

    public required CompiledPack Pack { get; init; }

    public required WorkloadDefinition? Workload { get; init; }

    public required IReadOnlyList<Sentence> Sentences { get; init; }

    /// <summary>Every phrase match, in order of end position.</summary>
    public required IReadOnlyList<PhraseMatch> Matches { get; init; }

    /// <summary>Index of the first match of each category, or -1.</summary>
    public required int[] FirstMatch { get; init; }

    public NoteStatus Status { get; set; } = NoteStatus.Undetermined;

    /// <summary>How strongly the note's words stated each status, before the reason settled it.</summary>
    public CueScores Cues { get; set; }

    /// <summary>0–1: how clearly the note states its status.</summary>
    public double StatusConfidence { get; set; }

    /// <summary>A status was chosen, but the note does not make it clear (low confidence, or its stated status and
    /// its reason belong to different statuses).</summary>
    public bool StatusUnclear { get; set; }

    /// <summary>The grade guard calls the note unclear should the rules leave it Good (<see cref="StatusDecision.Guarded"/>).</summary>
    public bool Guarded { get; set; }

    /// <summary>The learned reader's judgement of rules word lists judge badly; null without a model.</summary>
    public RuleJudgements? Judgements { get; set; }

    /// <summary>Whether the model says the rule fires on this note; null when the model does not judge it, so
    /// the rule falls back to its word lists.</summary>
    public bool? Judged(string ruleId) => Judgements?.Fire(ruleId);

    /// <summary><see cref="Judged"/> for an Error rule the model decides alone: it fires from the model's threshold for
    /// adding a finding (a decision setting) rather than from an even chance.</summary>
    public bool? JudgedReadily(string ruleId) => Judgements?.FireReadily(ruleId);

    /// <summary>For rules where the model may add a finding the word lists missed but never take one back: fires
    /// when the words say so or the model does (from the model's own threshold for adding, a decision setting).</summary>
    public bool ByWordsOrJudged(string ruleId, bool byWords) => byWords || JudgedReadily(ruleId) == true;

    /// <summary>The status the pack's cue words point to on their own (the hand-written decision), whatever the
    /// decision stage made of it.</summary>
    public NoteStatus CueStatus { get; set; }

    /// <summary>The status is unclear because the only reason the packs' words find belongs to another status ("NI – die
    /// Firewall lässt die Ports nicht zu."): a reason is given, just not one this status can have.</summary>
    public bool ReasonOfAnotherStatus { get; set; }

    /// <summary>The words that gave the status away, if any.</summary>
    public PhraseMatch? StatusEvidence { get; set; }

    public ReasonResult? Reason { get; set; }

    /// <summary>The span of the clause that gives the reason ("because …", "aufgrund von …"), if any.</summary>
    public Span? ReasonClause { get; set; }

    /// <summary>The span of an "until …"/"bis …" condition, if any.</summary>
    public Span? ConditionClause { get; set; }

    /// <summary>How many contact attempts the note gives as numbers ("3 Mails", "dreimal"), if any.</summary>
    public int? NumberedAttempts { get; set; }

    /// <summary>
    /// How many contact attempts the note gives otherwise, when no number stands before an attempt word: "the 5th
    /// contact attempt", "called twice", "Mails am 3.6., 17.6. und 2.7." (<see cref="AttemptCounter.CountOtherwise"/>).
    /// </summary>
    public int? OtherwiseCountedAttempts { get; set; }

    /// <summary>How many contact attempts the note gives, in any of the ways writers give it.</summary>
    public int? AttemptCount => NumberedAttempts ?? OtherwiseCountedAttempts;

    /// <summary>A list of generic areas instead of one issue ("Cloud/Daten/gesetzliche Vorgaben").</summary>
    public Span? AreaList { get; set; }

    /// <summary>A usage or L1 figure ("usage 0.0%"), if the note reports one.</summary>
    public Span? UsageFigure { get; set; }

    /// <summary>The note says the customer declined FastTrack's help.</summary>
    public bool DeclinesFastTrack { get; set; }

    /// <summary>The reason is given outside any "until …" condition, not only implied by it.</summary>
    public bool ReasonOutsideCondition { get; set; }

    /// <summary>The reason's evidence goes beyond the vague words ("infrastructure") to a concrete issue.</summary>
    public bool HasSpecificReason { get; set; }

    /// <summary>Some reason is given — specific, vague, generic or implied by a condition.</summary>
    public bool GivesAnyReason =>
        Reason is not null || ReasonClause is not null || ConditionClause is not null || AreaList is not null
        || Has(Pack.Categories.VagueReason) || Has(Pack.Categories.GenericIssue) || Has(Pack.Categories.ConsequenceMarker);

    /// <summary>Unknown because the customer did not answer (not a brand-new subscription nobody has asked yet).</summary>
    public bool IsUnresponsive => Status == NoteStatus.Unknown && !(Reason is { } reason && Pack.Reason(reason.L2)?.NoContactYet == true);

    public bool MentionsContactAttempts => AttemptCount is not null || Has(Pack.Categories.ContactAttempt);

    /// <summary>No sentence to read: nothing but white space and punctuation.</summary>
    public bool IsEmpty => Sentences.Count == 0;

    /// <summary>Nothing but white space: GUIDANCE's empty note. A note of punctuation alone ("?", "–") is not empty
    /// but states no status.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public bool Has(int category) => category >= 0 && FirstMatch[category] >= 0;

    /// <summary>Where the note first holds one of a rule's own phrases (<see cref="Packs.RuleText.Words"/>, folded) as
    /// whole words, in the note's own positions; null when it holds none. A rule's list is a handful of phrases, and
    /// each is one vectorised scan of the folded text (no automaton needed at that size).</summary>
    public Span? FindWords(string[] foldedPhrases)
    {
        var text = Folded.Span;
        var first = -1;
        var firstEnd = -1;
        foreach (var phrase in foldedPhrases)
        {
            for (var from = 0; from + phrase.Length <= text.Length;)
            {
                var found = text[from..].IndexOf(phrase, StringComparison.Ordinal);
                if (found < 0)
                {
                    break;
                }

                var start = from + found;
                if (!Folded.IsWordChar(start - 1) && !Folded.IsWordChar(start + phrase.Length))
                {
                    if (first < 0 || start < first)
                    {
                        first = start;
                        firstEnd = start + phrase.Length;
                    }

                    break;
                }

                from = start + 1;
            }
        }

        return first < 0 ? null : new Span(Folded.OriginalStart(first), Folded.OriginalEnd(firstEnd));
    }

    public PhraseMatch First(int category) => Matches[FirstMatch[category]];

    public IEnumerable<PhraseMatch> All(int category)
    {
        for (var i = FirstMatch[category] < 0 ? Matches.Count : FirstMatch[category]; i < Matches.Count; i++)
        {
            if (Matches[i].Category == category)
            {
                yield return Matches[i];
            }
        }
    }

    public int SentenceOf(int position)
    {
        for (var i = 0; i < Sentences.Count; i++)
        {
            if (position < Sentences[i].End)
            {
                return i;
            }
        }

        return Math.Max(0, Sentences.Count - 1);
    }

    public string Slice(Span span) => Text.Substring(span.Start, span.Length);
}

/// <summary>A range of the original text in UTF-16 units.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;
}
