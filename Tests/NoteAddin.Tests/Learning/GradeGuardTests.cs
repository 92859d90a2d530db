using NoteAddin.Checking;
using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Rules;
using NoteAddin.Training;

namespace NoteAddin.Tests.Learning;

/// <summary>
/// The grade guard: the service's trees read as ML.NET's do, they learn what no single threshold finds, they judge only
/// notes that would be Good, and the model file keeps them or refuses them damaged.
/// </summary>
public class GradeGuardTests
{
    private const int Width = 10;

    private static readonly Lazy<ReaderModel> Committed = new(() => ReaderModelFile.Read(RepositoryPaths.ModelFile));

    // Synthetic readings: Bad exactly where feature 2 is set and feature 5 is high — two conditions, no single threshold.
    private static List<GuardTrainer.Row> Rows(int count, int seed, int fold = 0)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ =>
        {
            var features = Enumerable.Range(0, Width).Select(_ => (float)random.NextDouble()).ToArray();
            features[2] = random.Next(3) == 0 ? 1 : 0;
            return new GuardTrainer.Row { Features = features, Label = features[2] == 1 && features[5] > 0.5f, Fold = fold };
        }).ToList();
    }

    [Test]
    public void The_services_trees_give_MLNETs_probabilities()
    {
        var train = Rows(1200, seed: 7);
        var read = Rows(400, seed: 8);

        var guard = GuardTrainer.Fit(train, Width);
        var expected = GuardTrainer.MlNetProbabilities(train, read, Width);

        var largest = read.Select((r, i) => Math.Abs(guard.Probability(r.Features) - expected[i])).Max();
        TestContext.Out.WriteLine($"{read.Count} rows, {guard.Trees.Count} trees, largest probability difference: {largest:E2}");
        Assert.Multiple(() =>
        {
            Assert.That(guard.Trees, Has.Count.EqualTo(GuardTrainer.Trees));
            Assert.That(guard.Problem(Width), Is.Null);
            Assert.That(largest, Is.LessThanOrEqualTo(1e-5));
        });
    }

    [Test]
    public void The_trees_find_Bad_notes_that_need_two_conditions()
    {
        var guard = GuardTrainer.Fit(Rows(1200, seed: 7), Width) with { Threshold = 0.5 };
        var read = Rows(400, seed: 9);

        var flagged = read.Where(r => guard.Flags(r.Features)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(flagged.Count(r => r.Label), Is.GreaterThanOrEqualTo(read.Count(r => r.Label) * 9 / 10), "Bad caught");
            Assert.That(flagged.Count(r => !r.Label), Is.LessThanOrEqualTo(read.Count(r => !r.Label) / 20), "others flagged");
            Assert.That((guard with { Threshold = DecisionSettings.Never }).Flags(read[0].Features), Is.False, "off never flags");
        });
    }

    // A guard without trees whose bias alone gives every note the probability 1 / (1 + e^-4) ≈ 0.98.
    private static GradeGuard Always(double threshold) => new([], Bias: 4, Slope: -1, Offset: 0, threshold);

    private static CheckResult Check(GradeGuard? guard, string text)
    {
        return new NoteChecker(Trainer.Packs(), new LearnedDecider(Committed.Value.WithGuard(guard))).Check(new NoteInput(text, null, null));
    }

    [TestCase("Mailbox migration is running: 1,200 of 3,000 mailboxes moved, the last wave is planned for 14 June.")]
    [TestCase("Customer has no intent to use Teams Phone because all 40 sites keep their Swisscom contracts until 2027.")]
    public void A_note_that_would_be_Good_is_unclear_when_the_guard_says_so(string text)
    {
        var off = Check(Always(DecisionSettings.Never), text);
        var on = Check(Always(0.5), text);

        Assert.Multiple(() =>
        {
            Assert.That(off.Grade, Is.EqualTo(Grade.Good), "without the guard");
            Assert.That(on.Grade, Is.EqualTo(Grade.Bad));
            Assert.That(on.Findings.Select(f => f.RuleId), Is.EqualTo(new[] { StatusUnclearRule.RuleId }));
            Assert.That(on.Findings[0].Start, Is.Zero);
            Assert.That(on.Findings[0].Length, Is.EqualTo(text.Length), "the whole note, as the status decision marks it");
            Assert.That(on.Status, Is.EqualTo(off.Status), "the status stays the decision's");
        });
    }

    [TestCase("Customer will probably deploy Intune after the Windows 11 rollout is completed in Q3.")]
    [TestCase("Kunde hat kein Interesse.")]
    public void A_note_the_rules_already_grade_down_is_not_the_guards_business(string text)
    {
        var off = Check(Always(DecisionSettings.Never), text);
        var on = Check(Always(0.5), text);

        Assert.Multiple(() =>
        {
            Assert.That(off.Grade, Is.Not.EqualTo(Grade.Good), "graded down by the rules");
            Assert.That(on.Grade, Is.EqualTo(off.Grade));
            Assert.That(on.Findings.Select(f => f.RuleId), Is.EqualTo(off.Findings.Select(f => f.RuleId)));
        });
    }

    [Test]
    public void The_model_file_keeps_the_guard()
    {
        var guard = GuardTrainer.Fit(Rows(600, seed: 7), Width) with { Threshold = 0.4 };
        var model = Committed.Value.WithGuard(guard);
        var path = Path.Combine(Path.GetTempPath(), $"guard-{Guid.NewGuid():N}.model");
        try
        {
            ReaderModelFile.Write(model, path);
            var again = ReaderModelFile.Read(path).Guard!;
            var probe = Rows(50, seed: 11).Select(r => r.Features.Concat(new float[GuardFeatures.Width(model.JudgedRules.Length) - Width]).ToArray()).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(again.Threshold, Is.EqualTo(0.4));
                Assert.That(again.Trees, Has.Count.EqualTo(guard.Trees.Count));
                Assert.That(probe.Select(f => again.Probability(f)), Is.EqualTo(probe.Select(f => guard.Probability(f))));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_guard_that_splits_on_a_feature_it_is_not_given_is_refused_with_the_files_name()
    {
        var model = Committed.Value;
        var width = GuardFeatures.Width(model.JudgedRules.Length);
        var tree = new GuardTree([width], [0.5f], [~0], [~1], [0.1, -0.1], 1);
        var path = Path.Combine(Path.GetTempPath(), $"guard-{Guid.NewGuid():N}.model");
        try
        {
            ReaderModelFile.Write(model.WithGuard(new GradeGuard([tree], 0, -1, 0, 0.5)), path);
            Assert.That(() => ReaderModelFile.Read(path), Throws.TypeOf<InvalidDataException>()
                .With.Message.Contains(Path.GetFileName(path)).And.Message.Contains($"feature {width}"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
