using System.Collections.Frozen;
using NoteAddin.Checking.Matching;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Rules;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Packs;

/// <summary>
/// Merges a language's base pack with the overlays layered on it (phrases and examples add up, texts and templates
/// replace) and compiles the result. Every mistake is reported against the file and position that made it, and
/// nothing is half-loaded: compilation either returns a complete pack or throws.
/// </summary>
public static class RulePackCompiler
{
    private const string ReasonPrefix = "l2:";
    private const string L3Prefix = "l3:";
    private const string WorkloadPrefix = "workload:";

    public static CompiledPack Compile(IReadOnlyList<RulePackFile> files)
    {
        if (files.Count == 0)
        {
            throw new ArgumentException("at least the base pack is needed", nameof(files));
        }

        var baseFile = files[0];
        var language = baseFile.Document.Language;
        if (string.IsNullOrWhiteSpace(language))
        {
            throw baseFile.Error("", "the pack needs a \"language\" (\"de\" or \"en\")");
        }

        var state = new MergeState();
        foreach (var file in files)
        {
            if (file.Document.Language is { } other && other != language)
            {
                throw file.Error("language", $"this pack is for \"{other}\" but is layered over the \"{language}\" pack");
            }

            Merge(file, state);
        }

        return Build(language, baseFile, state);
    }

    private sealed class MergeState
    {
        public readonly List<string> Abbreviations = new();
        public bool OrdinalDots;
        public readonly List<string> DetectionWords = new();
        public readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> OrdinalWords = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> TimesWords = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<PhrasePattern>> Phrases = new(StringComparer.Ordinal);
        public readonly List<(StatusCueDocument Cue, RulePackFile File, string Path)> StatusCues = new();
        public readonly Dictionary<string, (NoteStatus L1, List<PhrasePattern> Phrases, Dictionary<string, List<PhrasePattern>> L3, bool Restriction, bool NoContactYet, bool MovesContent, bool BusinessEvent)> Reasons = new(StringComparer.Ordinal);
        public readonly Dictionary<string, (List<string> Aliases, List<PhrasePattern> Concepts)> Workloads = new(StringComparer.OrdinalIgnoreCase);
        public readonly Dictionary<string, TemplateDefinition> Templates = new(StringComparer.Ordinal);
        public readonly Dictionary<string, RuleDocument> Rules = new(StringComparer.Ordinal);
        public readonly Dictionary<string, string> Messages = new(StringComparer.Ordinal);
        public readonly MailWords Mail = new();
        public NegationDocument? Negation;
        public RulePackFile? NegationFile;
        public int? TypoMinLength;
        public readonly List<string> NeverCorrect = new();
        public readonly List<string> TypoProne = new();
        public readonly List<string> SlotLinking = new();
        public readonly List<string> SlotNeverFirst = new();
        public readonly List<string> SlotNeverLast = new();
        public readonly List<string> SlotNotTakenBefore = new();
        public readonly List<PhrasePattern> SlotNeverPhase = new();
        public bool SlotNounsCapitalized;
        public readonly List<PhrasePattern> SlotTimeWords = new();
        public readonly List<string> ListJoiners = new();
        public readonly List<string> AttemptSuffixes = new();
        public readonly List<(NoteStatus Status, string Label, RulePackFile File, string Path)> RecordedStatuses = new();
    }

    private static void Merge(RulePackFile file, MergeState state)
    {
        var doc = file.Document;
        state.Abbreviations.AddRange(doc.Abbreviations ?? new());
        state.OrdinalDots = doc.OrdinalDots ?? state.OrdinalDots;
        state.DetectionWords.AddRange(doc.DetectionWords ?? new());
        state.TypoMinLength = doc.Typos?.MinLength ?? state.TypoMinLength;
        state.NeverCorrect.AddRange(doc.Typos?.NeverCorrect ?? new());
        state.TypoProne.AddRange(doc.Typos?.Words ?? new());
        state.SlotLinking.AddRange(doc.SlotText?.Linking ?? new());
        state.SlotNeverFirst.AddRange(doc.SlotText?.NeverFirst ?? new());
        state.SlotNeverLast.AddRange(doc.SlotText?.NeverLast ?? new());
        state.SlotNotTakenBefore.AddRange(doc.SlotText?.NotTakenBefore ?? new());
        state.SlotNeverPhase.AddRange(ParsePhrases(file, "slotText.neverPhase", doc.SlotText?.NeverPhase ?? new()));
        state.SlotNounsCapitalized = doc.SlotText?.NounsCapitalized ?? state.SlotNounsCapitalized;
        state.SlotTimeWords.AddRange(ParsePhrases(file, "slotText.timeWords", doc.SlotText?.TimeWords ?? new()));
        state.ListJoiners.AddRange(doc.ListJoiners ?? new());
        state.AttemptSuffixes.AddRange(doc.AttemptSuffixes ?? new());
        foreach (var (name, labels) in doc.RecordedStatuses ?? new())
        {
            var path = $"recordedStatuses['{name}']";
            if (!Enum.TryParse<NoteStatus>(name, out var status) || name != status.ToString() || status == NoteStatus.Undetermined)
            {
                throw file.Error(path, $"unknown status \"{name}\"; use one of {string.Join(", ", Enum.GetNames<NoteStatus>().Where(n => n != nameof(NoteStatus.Undetermined)))}");
            }

            for (var i = 0; i < labels.Count; i++)
            {
                if (RecordedStatusLabels.Key(labels[i]).Length == 0)
                {
                    throw file.Error($"{path}[{i}]", "a recorded status label needs letters a-z");
                }

                state.RecordedStatuses.Add((status, labels[i], file, $"{path}[{i}]"));
            }
        }

        AddFolded(state.NumberWords, doc.NumberWords);
        AddFolded(state.OrdinalWords, doc.OrdinalWords);
        AddFolded(state.TimesWords, doc.TimesWords);

        foreach (var (category, phrases) in doc.Phrases ?? new())
        {
            if (!state.Phrases.TryGetValue(category, out var list))
            {
                state.Phrases[category] = list = new List<PhrasePattern>();
            }

            list.AddRange(ParsePhrases(file, $"phrases['{category}']", phrases));
        }

        for (var i = 0; i < (doc.StatusCues?.Count ?? 0); i++)
        {
            var cue = doc.StatusCues![i];
            var path = $"statusCues[{i}]";
            if (!StatusNames.TryParse(cue.Status, out _))
            {
                throw file.Error(path + ".status", $"unknown status \"{cue.Status}\"; use one of {string.Join(", ", StatusNames.CueStatuses)}");
            }

            if (cue.All.Count == 0)
            {
                throw file.Error(path, "a status cue needs at least one category under \"all\"");
            }

            state.StatusCues.Add((cue, file, path));
        }

        for (var i = 0; i < (doc.Reasons?.Count ?? 0); i++)
        {
            var reason = doc.Reasons![i];
            var path = $"reasons[{i}]";
            if (!Enum.TryParse<NoteStatus>(reason.L1, out var l1) || l1 == NoteStatus.Undetermined)
            {
                throw file.Error(path + ".l1", $"unknown L1 \"{reason.L1}\"");
            }

            if (!state.Reasons.TryGetValue(reason.L2, out var entry))
            {
                state.Reasons[reason.L2] = entry = (l1, new List<PhrasePattern>(), new Dictionary<string, List<PhrasePattern>>(StringComparer.Ordinal), reason.Restriction, reason.NoContactYet, reason.MovesContent, reason.BusinessEvent);
            }
            else if (entry.L1 != l1)
            {
                throw file.Error(path + ".l1", $"\"{reason.L2}\" was declared under {entry.L1} before");
            }
            else
            {
                // An overlay may add a flag, never remove one.
                state.Reasons[reason.L2] = entry = entry with { NoContactYet = entry.NoContactYet || reason.NoContactYet, MovesContent = entry.MovesContent || reason.MovesContent, BusinessEvent = entry.BusinessEvent || reason.BusinessEvent };
            }

            entry.Phrases.AddRange(ParsePhrases(file, path + ".phrases", reason.Phrases));
            for (var k = 0; k < (reason.L3?.Count ?? 0); k++)
            {
                var l3 = reason.L3![k];
                if (!entry.L3.TryGetValue(l3.Name, out var l3List))
                {
                    entry.L3[l3.Name] = l3List = new List<PhrasePattern>();
                }

                l3List.AddRange(ParsePhrases(file, $"{path}.l3[{k}].phrases", l3.Phrases));
            }
        }

        for (var i = 0; i < (doc.Workloads?.Count ?? 0); i++)
        {
            var workload = doc.Workloads![i];
            if (!state.Workloads.TryGetValue(workload.Name, out var entry))
            {
                state.Workloads[workload.Name] = entry = (new List<string>(), new List<PhrasePattern>());
            }

            entry.Aliases.AddRange(workload.Aliases ?? new());
            entry.Concepts.AddRange(ParsePhrases(file, $"workloads[{i}].concepts", workload.Concepts ?? new()));
        }

        if (doc.Mail is not null)
        {
            state.Mail.Add(file, doc.Mail);
        }

        for (var i = 0; i < (doc.Templates?.Count ?? 0); i++)
        {
            var template = TemplateParser.Parse(file, $"templates[{i}]", doc.Templates![i]);
            state.Templates[template.Id] = template;
        }

        foreach (var (id, rule) in doc.Rules ?? new())
        {
            if (!RuleCatalog.IsKnown(id))
            {
                throw file.Error($"rules['{id}']", $"unknown rule id \"{id}\"; the ids are GUIDANCE.md's");
            }

            state.Rules[id] = state.Rules.TryGetValue(id, out var earlier) ? Overlay(earlier, rule) : rule;
        }

        if (doc.Negation is not null)
        {
            state.Negation = doc.Negation;
            state.NegationFile = file;
        }

        foreach (var (key, text) in doc.Messages ?? new())
        {
            state.Messages[key] = text;
        }
    }

    private static RuleDocument Overlay(RuleDocument earlier, RuleDocument later) => new()
    {
        Title = string.IsNullOrEmpty(later.Title) ? earlier.Title : later.Title,
        Message = string.IsNullOrEmpty(later.Message) ? earlier.Message : later.Message,
        Explanation = string.IsNullOrEmpty(later.Explanation) ? earlier.Explanation : later.Explanation,
        Suggestions = later.Suggestions ?? earlier.Suggestions,
        GoodExample = later.GoodExample ?? earlier.GoodExample,
        BadExample = later.BadExample ?? earlier.BadExample,
        Fires = (earlier.Fires ?? new()).Concat(later.Fires ?? new()).ToList(),
        Passes = (earlier.Passes ?? new()).Concat(later.Passes ?? new()).ToList(),
        Words = (earlier.Words ?? new()).Concat(later.Words ?? new()).ToList(),
    };

    // Words that stand for numbers, keyed as notes are folded; a later pack's value wins.
    private static void AddFolded(Dictionary<string, int> into, Dictionary<string, int>? words)
    {
        foreach (var (word, value) in words ?? new())
        {
            into[NormalizedText.FoldPhrase(word)] = value;
        }
    }

    private static IEnumerable<PhrasePattern> ParsePhrases(RulePackFile file, string path, List<string> phrases)
    {
        for (var i = 0; i < phrases.Count; i++)
        {
            if (!PhrasePattern.TryParse(phrases[i], out var pattern, out var error))
            {
                throw file.Error($"{path}[{i}]", error);
            }

            yield return pattern;
        }
    }

    private static CompiledPack Build(string language, RulePackFile baseFile, MergeState state)
    {
        foreach (var name in Categories.RequiredNames)
        {
            if (!state.Phrases.ContainsKey(name))
            {
                throw baseFile.Error("phrases", $"the phrase list \"{name}\" is missing (the reader needs it, even if empty)");
            }
        }

        foreach (var id in RuleCatalog.All.Select(r => r.Id))
        {
            if (!state.Rules.TryGetValue(id, out var rule) || string.IsNullOrWhiteSpace(rule.Message))
            {
                throw baseFile.Error("rules", $"rule \"{id}\" has no message in this language");
            }

            if ((rule.Fires?.Count ?? 0) == 0 || (rule.Passes?.Count ?? 0) == 0)
            {
                throw baseFile.Error($"rules['{id}']", $"rule \"{id}\" needs at least one example under \"fires\" and one under \"passes\"");
            }
        }

        // Categories: the named lists first, then one per L2, per L3 and per workload's concepts.
        var names = new List<string>();
        var phrases = new List<(PhrasePattern, int)>();
        void AddCategory(string name, IEnumerable<PhrasePattern> patterns)
        {
            var id = names.Count;
            names.Add(name);
            phrases.AddRange(patterns.Select(p => (p, id)));
        }

        foreach (var (name, list) in state.Phrases)
        {
            AddCategory(name, list);
        }

        var reasons = new List<ReasonDefinition>();
        foreach (var (l2, entry) in state.Reasons)
        {
            var category = names.Count;
            AddCategory(ReasonPrefix + l2, entry.Phrases);
            var l3s = new List<ReasonL3Definition>();
            foreach (var (l3, list) in entry.L3)
            {
                l3s.Add(new ReasonL3Definition(l3, names.Count));
                AddCategory($"{L3Prefix}{l2}/{l3}", list);
            }

            reasons.Add(new ReasonDefinition(entry.L1, l2, category, l3s.ToArray(), entry.Restriction, entry.NoContactYet, entry.MovesContent, entry.BusinessEvent));
        }

        var workloads = new List<WorkloadDefinition>();
        var workloadOfName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, entry) in state.Workloads)
        {
            var category = entry.Concepts.Count > 0 ? names.Count : -1;
            if (category >= 0)
            {
                AddCategory(WorkloadPrefix + name, entry.Concepts);
            }

            var folded = entry.Aliases.Append(name).Select(NormalizedText.FoldPhrase).Distinct().ToArray();

            // The mail reader finds a workload by any of its names: one name for two workloads could not be read.
            foreach (var alias in folded)
            {
                if (!workloadOfName.TryAdd(alias, name))
                {
                    throw baseFile.Error("workloads", $"the name \"{alias}\" belongs to both \"{workloadOfName[alias]}\" and \"{name}\"");
                }
            }

            workloads.Add(new WorkloadDefinition(name, folded, category));
        }

        var ids = names.Select((n, i) => (n, i)).ToFrozenDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var cues = state.StatusCues.Select(c => new StatusCue(
            StatusNames.TryParse(c.Cue.Status, out var slot) ? slot : throw c.File.Error(c.Path + ".status", "unknown status"),
            c.Cue.Weight,
            ResolveAll(c.File, c.Path + ".all", c.Cue.All, ids),
            ResolveAll(c.File, c.Path + ".none", c.Cue.None ?? new(), ids))).ToArray();

        var negationCategory = -1;
        var conditionCategory = -1;
        var negatable = new bool[names.Count];
        if (state.Negation is { } negation)
        {
            negationCategory = ResolveAll(state.NegationFile!, "negation.category", new List<string> { negation.Category }, ids)[0];
            if (negation.Conditions is { } conditions)
            {
                conditionCategory = ResolveAll(state.NegationFile!, "negation.conditions", new List<string> { conditions }, ids)[0];
            }

            foreach (var category in ResolveAll(state.NegationFile!, "negation.negates", negation.Negates, ids))
            {
                negatable[category] = true;
            }
        }

        foreach (var template in state.Templates.Values)
        {
            foreach (var preferred in template.PreferFor.Where(p => !state.Reasons.ContainsKey(p)))
            {
                throw baseFile.Error("templates", $"template \"{template.Id}\" prefers the unknown L2 \"{preferred}\"");
            }
        }

        foreach (var status in Enum.GetValues<NoteStatus>().Where(s => s != NoteStatus.Undetermined && !state.RecordedStatuses.Any(r => r.Status == s)))
        {
            throw baseFile.Error("recordedStatuses", $"no recorded-status label for {status}: list the portal's value (e.g. \"{status}\") under \"recordedStatuses\"");
        }

        var labelKeys = new Dictionary<string, NoteStatus>(StringComparer.Ordinal);
        foreach (var (status, label, file, path) in state.RecordedStatuses)
        {
            foreach (var key in RecordedStatusLabels.KeysOf(label))
            {
                if (labelKeys.TryGetValue(key, out var other) && other != status)
                {
                    throw file.Error(path, $"\"{label}\" reads as {other} already (labels compare by their letters a-z)");
                }

                labelKeys[key] = status;
            }
        }

        if (state.TypoMinLength is not > 0)
        {
            throw baseFile.Error("typos", "the pack needs \"typos\": {\"minLength\": …} (letters a word needs before a typo in it is mended)");
        }

        var phraseWords = phrases.SelectMany(p => p.Item1.Folded.Split(' ', '-', '/', '\'', '.')).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
        var known = phraseWords.Concat(state.DetectionWords.Concat(state.NeverCorrect).Select(NormalizedText.FoldPhrase));

        return new CompiledPack
        {
            Language = language,
            Typos = new TypoCorrector(state.TypoProne.Select(NormalizedText.FoldPhrase), known, state.TypoMinLength.Value),
            Automaton = PhraseAutomaton.Build(phrases),
            MaxPhraseLength = phrases.Max(p => p.Item1.Folded.Length),
            Splitter = new SentenceSplitter(state.Abbreviations, state.OrdinalDots),
            CategoryNames = names.ToArray(),
            Categories = Categories.Resolve(ids),
            StatusCues = cues,
            NegationCategory = negationCategory,
            ConditionCategory = conditionCategory,
            Negatable = negatable,
            StatusCueCategories = Enumerable.Range(0, names.Count).Select(c => cues.Any(q => q.All.Contains(c))).ToArray(),
            Reasons = reasons.ToArray(),
            ReasonIndexByCategory = Enumerable.Range(0, names.Count).Select(c => reasons.FindIndex(r => r.Category == c)).ToArray(),
            Workloads = workloads.ToArray(),
            Mail = state.Mail.Complete(baseFile),
            Templates = state.Templates.Values.ToArray(),
            Rules = state.Rules.ToFrozenDictionary(r => r.Key, r => new RuleText(
                r.Value.Title,
                r.Value.Message,
                r.Value.Explanation,
                r.Value.Suggestions ?? new(),
                r.Value.GoodExample,
                r.Value.BadExample,
                r.Value.Fires ?? new(),
                r.Value.Passes ?? new(),
                (r.Value.Words ?? new()).Select(NormalizedText.FoldPhrase).Where(w => w.Length > 0).Distinct().ToArray())),
            NumberWords = state.NumberWords.ToFrozenDictionary(StringComparer.Ordinal),
            OrdinalWords = state.OrdinalWords.ToFrozenDictionary(StringComparer.Ordinal),
            TimesWords = state.TimesWords.ToFrozenDictionary(StringComparer.Ordinal),
            DetectionWords = state.DetectionWords.Select(NormalizedText.FoldPhrase).ToFrozenSet(StringComparer.Ordinal),
            Messages = state.Messages.ToFrozenDictionary(StringComparer.Ordinal),
            SlotText = new SlotText(
                state.SlotLinking.Select(NormalizedText.FoldPhrase).Distinct().OrderByDescending(w => w.Length).ToArray(),
                state.SlotNeverFirst.Select(NormalizedText.FoldPhrase).ToFrozenSet(StringComparer.Ordinal),
                state.SlotNeverLast.Select(NormalizedText.FoldPhrase).ToFrozenSet(StringComparer.Ordinal),
                state.SlotNotTakenBefore.Select(NormalizedText.FoldPhrase).ToFrozenSet(StringComparer.Ordinal),
                state.SlotNeverPhase.ToArray(),
                state.SlotNounsCapitalized,
                state.SlotTimeWords.ToArray()),
            ListJoiners = state.ListJoiners.Select(w => w.Trim()).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            AttemptSuffixes = state.AttemptSuffixes.Select(NormalizedText.FoldPhrase).ToFrozenSet(StringComparer.Ordinal),
            RecordedStatuses = state.RecordedStatuses.Select(r => (r.Status, r.Label.Trim())).ToArray(),
        };
    }

    private static int[] ResolveAll(RulePackFile file, string path, List<string> categories, IReadOnlyDictionary<string, int> ids)
    {
        var result = new int[categories.Count];
        for (var i = 0; i < categories.Count; i++)
        {
            if (!ids.TryGetValue(categories[i], out result[i]) && !ids.TryGetValue(ReasonPrefix + categories[i], out result[i]))
            {
                throw file.Error($"{path}[{i}]", $"no phrase list named \"{categories[i]}\"");
            }
        }

        return result;
    }
}
