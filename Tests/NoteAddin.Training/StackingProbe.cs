using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Newtonsoft.Json;
using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Model;

namespace NoteAddin.Training;

/// <summary>
/// stack FILE [--trees N] [--leaves N] (FILE: a dump of `experiment --cached --dump FILE`; <see cref="DefaultTrees"/>
/// trees of <see cref="DefaultLeaves"/> leaves unless told): would a second, non-linear stage over what the decision
/// stage already weighs catch the Bad notes the decision grades Good? Every setting of <see cref="DecisionTuner"/> is
/// one threshold on one probability; writer CV's Bad notes graded Good that are left sit where no single threshold
/// separates them (twenty-third session). This fits boosted trees (ML.NET FastTree, one thread, fixed seed) on the
/// notes the decision grades Good — target: labelled Bad — with the dump's out-of-fold probabilities, heads and cue
/// readings as features, leaving out one fold's writers at a time as the folds did, and prints, per threshold on the
/// trees' probability, the Bad notes it would catch against the notes not Bad it would grade down. A measurement, not
/// a decision setting: nothing here goes into the model file.
/// </summary>
public static class StackingProbe
{
    private static readonly string[] Statuses = Enum.GetNames<NoteStatus>();

    private static readonly float[] Thresholds = [0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f, 0.3f, 0.2f];

    public const int DefaultTrees = 200, DefaultLeaves = 16;

    public static int Run(string dumpPath, TextWriter output, int trees = DefaultTrees, int leaves = DefaultLeaves)
    {
        var rows = File.ReadLines(dumpPath).Select(JsonConvert.DeserializeObject<ProbabilityDumpLine>).OfType<ProbabilityDumpLine>()
            .Where(n => n.Result.Grade == nameof(Grade.Good)).Select(ToRow).ToList();
        if (rows.Count == 0)
        {
            Console.Error.WriteLine($"{dumpPath} holds no note the decision graded Good: write one with `experiment --cached --dump {dumpPath}`");
            return 2;
        }

        var width = rows[0].Features.Length;
        output.WriteLine($"{rows.Count} notes graded Good by the decision, {rows.Count(r => r.Label)} of them labelled Bad; {trees} trees of {leaves} leaves");
        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        var scored = new List<(float P, Row Row)>();
        foreach (var fold in rows.Select(r => r.Fold).Distinct().Order(StringComparer.Ordinal))
        {
            var trainer = ml.BinaryClassification.Trainers.FastTree(new Microsoft.ML.Trainers.FastTree.FastTreeBinaryTrainer.Options
            {
                NumberOfLeaves = leaves,
                NumberOfTrees = trees,
                MinimumExampleCountPerLeaf = 20,
                LearningRate = 0.1,
                NumberOfThreads = 1,
                Seed = 1,
            });
            var model = trainer.Fit(ml.Data.LoadFromEnumerable(rows.Where(r => r.Fold != fold), schema));
            var test = rows.Where(r => r.Fold == fold).ToList();
            var probabilities = model.Transform(ml.Data.LoadFromEnumerable(test, schema)).GetColumn<float>("Probability").ToArray();
            scored.AddRange(probabilities.Zip(test));
        }

        output.WriteLine("| trees' probability from | Bad caught | Good graded down | Incomplete graded down |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var threshold in Thresholds)
        {
            var flagged = scored.Where(s => s.P >= threshold).Select(s => s.Row).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {threshold} | {flagged.Count(r => r.Label)} | {flagged.Count(r => r.LabelGrade == nameof(Grade.Good))} | {flagged.Count(r => r.LabelGrade == nameof(Grade.Incomplete))} |"));
        }

        return 0;
    }

    // The dump's fields as numbers: what the decision stage had in hand, and what it decided.
    private static Row ToRow(ProbabilityDumpLine note)
    {
        var features = new List<float>();
        features.AddRange(Statuses.Select(s => (float)note.ByStatus.GetValueOrDefault(s)));
        // "Blocked|Legal/Regulatory:0.953" (DecisionRecorder.TopLabel): the likeliest label's probability, and whether it names a reason.
        var colon = note.Top.LastIndexOf(':');
        features.Add(float.Parse(note.Top[(colon + 1)..], CultureInfo.InvariantCulture));
        features.Add(note.Top[..colon].Contains(ReaderModel.LabelSeparator) ? 1 : 0);
        features.AddRange(note.Judged.Values.Select(p => (float)(p ?? 0)));
        features.AddRange(OneHot(note.Stated));
        features.AddRange(OneHot(note.Opening));
        var stated = note.Rules.StartsWith(DecisionRecorder.StatedPrefix, StringComparison.Ordinal);
        features.Add(stated ? 1 : 0);
        features.AddRange(OneHot(stated ? note.Rules[DecisionRecorder.StatedPrefix.Length..] : note.Rules));
        features.AddRange(OneHot(note.Words?.Split(ReaderModel.LabelSeparator)[0]));
        features.AddRange(OneHot(note.Result.Status));
        features.Add(note.Result.L2 is null ? 0 : 1);
        features.Add(note.Lang == "de" ? 1 : 0);
        var grade = note.Label.Grade;
        return new Row { Features = [.. features], Label = grade == nameof(Grade.Bad), LabelGrade = grade, Fold = note.Fold };
    }

    private static float[] OneHot(string? status)
    {
        var vector = new float[Statuses.Length];
        if (Array.IndexOf(Statuses, status) is var i and >= 0)
        {
            vector[i] = 1;
        }

        return vector;
    }

    public sealed class Row
    {
        [VectorType]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }

        public string LabelGrade { get; set; } = "";

        public string Fold { get; set; } = "";
    }
}
