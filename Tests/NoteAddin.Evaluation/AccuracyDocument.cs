using System.Globalization;
using System.Text;
using NoteAddin.Checking;
using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Model;
using NoteAddin.Training;

namespace NoteAddin.Evaluation;

/// <summary>
/// Writes docs/ACCURACY.md from measurements, never by hand: the blind test sets, the older hold-out set and the
/// training corpus cross-validated by writer, each per language with L1 and L2 confusion matrices, plus the
/// hand-written rules alone on the test set as the baseline the model has to beat.
/// </summary>
public static class AccuracyDocument
{
    /// <param name="Matrices">Whether the document shows its confusion matrices (the older test sets and the baseline
    /// appear in the summary table, with their provenance in a list below it).</param>
    public sealed record Section(string Title, string About, IReadOnlyList<(LabelledNote Note, CheckResult Result)> Results, bool Matrices = true);

    /// <param name="folds">Cross-validation folds of the committed corpus when a training run just made them
    /// (<c>accuracy --retrain</c>); trained here otherwise.</param>
    public static IReadOnlyList<Section> Measure(NoteChecker checker, TextWriter log, IReadOnlyList<CrossValidation.Fold>? folds = null)
    {
        var model = ((LearnedDecider)checker.Decider).Model;
        var rulesOnly = NoteEngineFactory.CreateRulesOnly(DevSetEvaluator.RepositoryEngine);
        var holdOut = LabelledNotes.Load(RepositoryPaths.Combine("Tests", "HoldOut"));

        var packs = checker.Packs;
        var set = TrainingSet.Build(LabelledNotes.LoadFiles(TrainingCorpus.Files()), packs, model.Features);
        if (folds is not { Count: > 0 })
        {
            log.WriteLine("cross-validating the training corpus by writer (writer-grouped folds)…");
            folds = FoldCache.ForCommittedCorpus(set, model.Features, TrainerSettings.Default).Folds(log);
            if (model.Guard is { } guard)
            {
                // The cache keeps the folds' weights, not their guards: refitted (the same trees as the training run's,
                // one seeded thread), at the committed model's threshold.
                folds = GuardTrainer.Guarded(folds, packs, model.Decision, log, guard.Threshold);
            }
        }

        var crossValidated = CrossValidation.Read(folds, packs, model.Decision);

        IReadOnlyList<(LabelledNote, CheckResult)> Read(NoteChecker c, IEnumerable<LabelledNote> notes) =>
            notes.Select(n => (n, c.Check(new NoteInput(n.Text, null, n.Workload)))).ToList();

        var blind = BlindSets.Select(b => (Set: b, Notes: LabelledNotes.LoadFiles([RepositoryPaths.Combine(b.File)]))).ToList();
        // Each set by its own writer; the first named in full, the others by reference to it.
        var sections = blind.Select((b, i) => new Section($"{BlindTitle}{b.Set.Name}",
            $"`{b.Set.File}` — {b.Notes.Count} notes by {(i == 0 ? "a writer who never saw the training notes" : "another such writer")}; {Reads(i)} (never its notes, and no setting was chosen on it).",
            Read(checker, b.Notes), Matrices: i < MatrixSets)).ToList();
        var newest = blind[0];
        return
        [
            .. sections,
            new Section("Hold-out set", $"`Tests/HoldOut/` — {holdOut.Count} notes written blind after the first engine; not trained on.", Read(checker, holdOut)),
            new Section("Training corpus, cross-validated by writer", $"{set.Notes.Count} notes; each writer's notes read by a model trained on the other writers only.", crossValidated),
            new Section($"{BaselineTitle}{newest.Set.Name}", "The hand-written decision without the model (what the reader did before the learned layer).", Read(rulesOnly, newest.Notes), Matrices: false),
        ];
    }

    /// <summary>A blind test set's section title and the rule packs' baseline's, before the set's name (the README's
    /// table finds the rows by these).</summary>
    public const string BlindTitle = "Blind test set ", BaselineTitle = "Baseline: rule packs alone on blind test set ";

    /// <summary>A blind test set, the session that added it and how often its headline figures were read in that session.</summary>
    private sealed record BlindSet(string Name, int Session, string FirstReads)
    {
        public string File => $"Tests/Corpus/test/{Name}-blind.jsonl";
    }

    // Newest first: the newest sets are the least read, so they get the matrices and the newest the rule-pack baseline.
    // A new set goes on top with its first reads; every older set has also been read by each report since. Sessions
    // that read the older sets more than once say so once, in RepeatedReads, which the document lists once below its
    // table (each set's line used to repeat every later session's reads: 50 KB of the same words by the thirty-first).
    private const int MatrixSets = 2;

    /// <summary>A session that retrained on its staged writers, reported, then added the set written beside the
    /// retraining and read it first with that model: the older sets read twice, the new set's first read.</summary>
    private sealed record Retraining(int Session, string Ordinal, string SetName, string Writers)
    {
        public (int Session, string Reads) Reads =>
            (Session, $"twice with the {Ordinal}'s (its retraining's report, then the same model's in the report that added {SetName}; nothing was chosen between them)");

        public BlindSet Set =>
            new(SetName, Session, $"its headline figures were first read for the {Ordinal} session's report, with the model that session retrained on {Writers} and its grade guard");
    }

    // Oldest first, as RepeatedReads; a session of this kind adds its line here only.
    private static readonly Retraining[] Retrainings =
    [
        new(26, "twenty-sixth", "t25", "four more writers (w91–w94)"),
        new(27, "twenty-seventh", "t26", "two more writers (w95, w96)"),
        new(28, "twenty-eighth", "t27", "two more writers (w97, w98)"),
        new(29, "twenty-ninth", "t28", "two more writers (w99, w100)"),
        new(30, "thirtieth", "t29", "the same hundred writers (its word lists and sentence splitter mended)"),
    ];

    private static readonly (int Session, string Reads)[] RepeatedReads =
    [
        (18, "twice with the eighteenth's (before and after its decision change, chosen on cross-validation)"),
        (19, "twice with the nineteenth's (its retraining's report, then the one that added t17; nothing was chosen between them)"),
        (20, "three times with the twentieth's (its first retraining's report, the one that added t18, then with its second retraining's model, on two more writers; nothing was chosen between them)"),
        (21, "twice with the twenty-first's (with its decision change as the tuner first chose it, then with the same setting's tuning grid stopped where the older grids stop, in the report that added t20)"),
        (22, "three times with the twenty-second's (its retraining's report, the same figures once more after the report learnt to say that t20 had been read again, then in the report that added t21; nothing was chosen between them)"),
        (23, "once with the twenty-third's (the twenty-second's model, in the report that added t22)"),
        (24, "once with the twenty-fourth's (the twenty-second's model read with the twenty-fourth's decision change, in the report that added t23)"),
        (25, "once with the twenty-fifth's (the twenty-second's weights with the grade guard, in the report that added t24)"),
        .. Retrainings.Select(r => r.Reads),
        (31, "twice with the thirty-first's (the thirtieth's model in the report that added t30, then the same weights with the decision settings and grade guard re-tuned on the same folds once the tuner could weigh the model's no against vague-reason's broad-area words — it left that off and moved how readily the model's yes adds a finding from 0.1 to 0.15; nothing was chosen between them)"),
        (32, "four times with the thirty-second's (the thirty-first's model after the report's read histories were shortened, then with the thirty-second's workload-mismatch change; a model the thirty-second retrained with its attempt counter and account-type words mended and did not keep, its writer-CV objective below the kept one's; then the thirty-first's model with the workload-mismatch change again, in the report that added t31; the choice between the two models was made on writer CV)"),
        (33, "twice with the thirty-third's (the thirty-first's weights with the thirty-second's and thirty-third's rule changes, in the report that added t32 and first showed findings precision, then after workload-mismatch stopped firing on duplicates and status-less notes; the change was chosen on writer CV)"),
        (34, "twice with the thirty-fourth's (the thirty-third's engine and weights, unchanged, in the report that added t33; then the same weights with the decision settings re-tuned and the grade guard refitted on the rules as they now stand — the same settings and threshold were chosen, the refitted guard moved grades by a tenth or two of a point either way, and it was not kept)"),
    ];

    // The session whose report this is, the newest one either list names: a set added before it has been read again by
    // each report since, even when that session added no newer set. A session that adds no set and reads the older ones
    // only once still adds its line to RepeatedReads ("once with the …'s"), or its newest set would read as never re-read.
    private static int ReportSession => Math.Max(BlindSets.Max(b => b.Session), RepeatedReads.Max(r => r.Session));

    private static string Reads(int index)
    {
        var set = BlindSets[index];
        if (set.Session == ReportSession)
        {
            return set.FirstReads;
        }

        // Each later report read it again; how often each of them read the older sets is listed once, below the table.
        var often = RepeatedReads.Any(r => r.Session > set.Session) ? " (how often: below the table)" : "";
        return $"{set.FirstReads}; read again by each later report{often}";
    }

    private static readonly BlindSet[] BlindSets =
    [
        new("t33", 34, "its headline figures were first read for the thirty-fourth session's report that added it, with the thirty-first session's weights and the thirty-second's and thirty-third's rules, unchanged since the thirty-third session's report — status 94.9 %, L2 91.8 %, grade 92.2 %, Bad graded Good 2 of 247 — then once more with the same weights and a grade guard refitted on the rules as they now stand (grade 92.1 %, the rest the same), which was not kept: re-tuning chose the same decision settings and guard threshold and the same writer-CV objective"),
        new("t32", 33, "its headline figures were first read for the thirty-third session's report that added it, with the thirty-first session's weights, the thirty-second's workload-mismatch change and the thirty-third's rule changes (attempt counts from dates, places and times words; usage-only on shares; vague-reason and missing-duplicate-reason waiting for a clear status) — status 96.2 %, L2 92.3 %, grade 93.9 %, Bad graded Good 0 of 228 — then again after workload-mismatch stopped firing on duplicates and status-less notes, a change chosen on writer CV"),
        new("t31", 32, "its headline figures were first read for the thirty-second session, with a model that session retrained (its attempt counter and account-type words mended) and did not keep — writer CV's objective 2.7303 against the kept model's 2.7309, grade 92.5 % against 92.8 %; t31 read then: status 97.0 %, L2 93.7 %, grade 93.0 %, Bad graded Good 2 of 231 — and then, in the report that added it, with the thirty-first session's model and the thirty-second's workload-mismatch change; the choice was made on writer CV"),
        new("t30", 31, "its headline figures were first read for the thirty-first session's report that added it, with the thirtieth session's model and grade guard, then again with the same weights and the decision settings and grade guard that session re-tuned on the same folds (the model's yes adding a finding from 0.15 instead of 0.1); nothing was chosen between the two reads"),
        .. Retrainings.OrderByDescending(r => r.Session).Select(r => r.Set),
        new("t24", 25, "its headline figures were first read for the twenty-fifth session's report, with the twenty-second session's weights, the twenty-fourth's decision change and the twenty-fifth's grade guard"),
        new("t23", 24, "its headline figures were first read for the twenty-fourth session's report, with the twenty-second session's model and the twenty-fourth's decision change (an opening status label ends where a reason marker begins)"),
        new("t22", 23, "its headline figures were first read for the twenty-third session's report, with the twenty-second session's model (the twenty-third did not retrain)"),
        new("t21", 22, "its headline figures were first read for the twenty-second session's last report, after its retraining"),
        new("t20", 21, "its headline figures were first read for the twenty-first session's last report, with that session's decision change"),
        new("t19", 20, "its headline figures were first read for the twentieth session's last report, after its second retraining"),
        new("t18", 20, "its headline figures were read for the twentieth session's report that added it and again with the model of that session's second retraining,"),
        new("t17", 19, "its headline figures were read once for the nineteenth session's report"),
        new("t16", 18, "its headline figures were read once for the eighteenth session's report"),
        new("t15", 17, "its headline figures were read once for the seventeenth session's report"),
        new("t14", 16, "its headline figures were read twice for the sixteenth session's report, before and after that session's last decision setting (chosen on cross-validation),"),
        new("t13", 15, "its headline figures were read once for the fifteenth session's report"),
        new("t12", 14, "its headline figures were read once for the fourteenth session's report"),
        new("t11", 13, "its headline figures were read once for the thirteenth session's report"),
        new("t10", 12, "its headline figures were read once for the twelfth session's report"),
        new("t9", 11, "its headline figures were read once for the eleventh session's report"),
        new("t8", 10, "its headline figures were read once for the tenth session's report"),
        new("t7", 9, "its headline figures were read once for the ninth session's report"),
        new("t6", 8, "its headline figures were read once for the eighth session's report"),
        new("t5", 5, "its headline figures were read once for the fifth session's report"),
        new("t4", 4, "its headline figures were read once for the fourth session's report"),
        new("t3", 3, "its headline figures were read twice while the reader's third round was built"),
        new("t2", 2, "its headline figures were read twice while the reader's second round was built"),
        new("t1", 1, "its headline figures were read many times while the reader was built"),
    ];

    public static string Render(IReadOnlyList<Section> sections, ReaderModel model)
    {
        var md = new StringBuilder();
        md.AppendLine("# Accuracy of the note reader");
        md.AppendLine();
        md.AppendLine("Generated by `dotnet run -c Release --project Tests/NoteAddin.Evaluation -- accuracy` — do not edit by hand.");
        md.AppendLine($"Model: {model.Provenance.Notes} training notes, corpus hash `{model.Provenance.CorpusHash[..12]}…`, {model.Provenance.Trainer};");
        md.AppendLine($"decision settings: unclear below {model.Decision.UnclearBelow.ToString(CultureInfo.InvariantCulture)}, a stated status wins from model probability {model.Decision.StatedWinsFrom.ToString(CultureInfo.InvariantCulture)}, L2 needs reason words: {model.Decision.ReasonNeedsEvidence}, the model's yes adds a finding the words missed from probability {model.Decision.JudgedAddsFrom.ToString(CultureInfo.InvariantCulture)}, a stated status whose only reason belongs to another status is unclear: {model.Decision.ForeignReasonUnclear}, a note stating no status is unclear from status-unclear probability {Threshold(model.Decision.UnclearJudgedFrom)}, a note stating a status and a reason the model cannot place inside it is unclear from status-unclear probability {Threshold(model.Decision.StatedUnclearJudgedFrom)}, {ClearRead(model.Decision)}, a note whose stated status the model overrules is unclear from status-unclear probability {Threshold(model.Decision.OverruledUnclearJudgedFrom)}, a status label opening the note stands against the model (the note unclear): {model.Decision.OpeningLabelWins}, a note read with a status is unclear from Undetermined probability {Threshold(model.Decision.UndeterminedUnclearFrom)}, the model's no overrules vague-reason's broad-area words from probability {Threshold(model.Decision.VagueWordsOverruledFrom)}.");
        md.AppendLine(model.Guard is { } guard
            ? $"grade guard: {guard.Trees.Count} boosted trees over the decision's readings call a note the rules leave Good unclear from probability {Threshold(guard.Threshold)} (each cross-validation fold read with the guard fitted without its writers)."
            : "grade guard: none.");
        md.AppendLine();
        md.AppendLine("Status = L1 (Undetermined counts as its own class). L2 (stated) = L2 right among notes whose label gives a");
        md.AppendLine("reason. Findings recall = labelled required findings that the checker raised; findings precision = raised findings");
        md.AppendLine("that the label lists. Bad→Good = notes labelled Bad that the checker graded Good (count, of the notes labelled Bad,");
        md.AppendLine("and share).");
        md.AppendLine();
        md.AppendLine("| set | language | notes | status | L2 (stated) | L2 (all) | grade | findings recall | findings precision | Bad→Good |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var section in sections)
        {
            foreach (var (language, report) in PerLanguage(section))
            {
                md.AppendLine($"| {section.Title} | {language} | {report.Count} | {P(report.StatusAccuracy)} | {P(report.L2StatedAccuracy)} | {P(report.L2Accuracy)} | {P(report.GradeAccuracy)} | {P(report.RuleRecall)} | {P(report.RulePrecision)} | {report.BadGradedGood} of {report.Bad} ({P(report.BadGradedGoodRate)}) |");
            }
        }

        // Sets shown in the table only still say where they come from and how often they were read.
        md.AppendLine();
        foreach (var section in sections.Where(s => !s.Matrices))
        {
            md.AppendLine($"- {section.Title}: {section.About}");
        }

        md.AppendLine();
        md.AppendLine("Every report reads each blind set added before it again; these reports read the older sets as often as given:");
        md.AppendLine();
        foreach (var (_, reads) in RepeatedReads)
        {
            md.AppendLine($"- {reads}");
        }

        foreach (var section in sections.Where(s => s.Matrices))
        {
            md.AppendLine();
            md.AppendLine($"## {section.Title}");
            md.AppendLine();
            md.AppendLine(section.About);
            foreach (var (language, report) in PerLanguage(section).Where(p => p.Language != "all"))
            {
                md.AppendLine();
                md.AppendLine($"### {language}: status (rows: label, columns: read)");
                md.AppendLine();
                Matrix(md, report.StatusConfusion, short_: false);
                md.AppendLine();
                md.AppendLine($"### {language}: L2 (rows: label, columns: read; `-` = no L2)");
                md.AppendLine();
                Matrix(md, report.L2Confusion, short_: true);
                md.AppendLine();
                md.AppendLine("Most frequent L2 confusions: " + string.Join("; ", report.L2Confusion
                    .Where(c => c.Key.Expected != c.Key.Actual).OrderByDescending(c => c.Value).Take(6)
                    .Select(c => $"{c.Key.Expected} → {c.Key.Actual} ({c.Value})")));
            }

            ByStyle(md, section);
        }

        md.AppendLine();
        md.AppendLine("L2 codes: " + string.Join(" · ", Codes.Select(c => $"`{c.Value}` {c.Key}")));
        return md.ToString();
    }

    // The writers' style label (both languages together): the outside checks' one-line scenarios are "situation" and
    // "implied" notes, so their rows say more about those checks than the headline does.
    private static void ByStyle(StringBuilder md, Section section)
    {
        var styled = section.Results.Where(r => r.Note.Style is not null).GroupBy(r => r.Note.Style!).OrderByDescending(g => g.Count()).ToList();
        if (styled.Count == 0)
        {
            return;
        }

        md.AppendLine();
        md.AppendLine("### by the writers' style (both languages)");
        md.AppendLine();
        md.AppendLine("| style | notes | status | L2 (stated) | grade | Bad→Good |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var group in styled)
        {
            var report = DevSetEvaluator.Evaluate(group);
            md.AppendLine($"| {group.Key} | {report.Count} | {P(report.StatusAccuracy)} | {P(report.L2StatedAccuracy)} | {P(report.GradeAccuracy)} | {report.BadGradedGood} |");
        }
    }

    public static IEnumerable<(string Language, EvaluationReport Report)> PerLanguage(Section section)
    {
        foreach (var language in new[] { "de", "en" })
        {
            yield return (language, DevSetEvaluator.Evaluate(section.Results.Where(r => r.Note.Lang == language)));
        }

        yield return ("all", DevSetEvaluator.Evaluate(section.Results));
    }

    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal);

    private static void Matrix(StringBuilder md, Dictionary<(string Expected, string Actual), int> confusion, bool short_)
    {
        var labels = confusion.Keys.SelectMany(k => new[] { k.Expected, k.Actual }).Distinct().OrderBy(l => l, StringComparer.Ordinal).ToList();
        string Head(string label) => short_ ? Code(label) : label;
        md.AppendLine("| | " + string.Join(" | ", labels.Select(Head)) + " |");
        md.AppendLine("|---|" + string.Concat(labels.Select(_ => "---:|")));
        foreach (var expected in labels)
        {
            md.AppendLine($"| **{Head(expected)}** | " + string.Join(" | ", labels.Select(actual =>
                confusion.GetValueOrDefault((expected, actual)) is var n and > 0 ? (expected == actual ? $"**{n}**" : n.ToString(CultureInfo.InvariantCulture)) : "·")) + " |");
        }
    }

    // Nineteen L2 names do not fit as column heads: short stable codes, listed at the end.
    private static string Code(string l2)
    {
        if (l2 == "-")
        {
            return "-";
        }

        if (!Codes.TryGetValue(l2, out var code))
        {
            var letters = string.Concat(l2.Split(' ', '/', ',', '(', ')').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
            code = letters;
            for (var n = 2; Codes.ContainsValue(code); n++)
            {
                code = letters + n.ToString(CultureInfo.InvariantCulture);
            }

            Codes[l2] = code;
        }

        return code;
    }

    // The second status-unclear threshold as the report names it.
    private static string ClearRead(DecisionSettings decision) => decision.ClearReadFrom > 1
        ? "no other status-unclear threshold for a note the model reads clearly"
        : $"a note the model reads as one status from {Threshold(decision.ClearReadFrom)} with a reason as its likeliest label is unclear from status-unclear probability {Threshold(decision.ClearReadThreshold())}";

    // A probability threshold as the report names it; above 1 no probability reaches it.
    private static string Threshold(double from) => from > 1 ? "never" : from.ToString(CultureInfo.InvariantCulture);

    private static string P(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
