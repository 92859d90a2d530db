using NoteAddin.Checking.Learning;
using NoteAddin.Training;

namespace NoteAddin.Tests.Learning;

/// <summary>
/// The weights cache keeps each cross-validation fold the moment it is trained, so a retraining stopped half-way —
/// it takes most of a session on two cores — leaves its finished folds for the next run. The folds here are trained
/// by a stand-in that marks each model with the writers it held out, so no ML.NET run is needed.
/// </summary>
public class FoldCacheTests
{
    private static readonly Lazy<TrainingSet> Set = new(() =>
    {
        // Nine development notes dealt to three writers: three folds, one writer held out in each.
        var notes = LabelledNotes.Load(Path.Combine(AppContext.BaseDirectory, "DevSet"))
            .Take(9)
            .Select((n, i) => n with { Source = $"writer-{i % 3}" })
            .ToList();
        return TrainingSet.Build(notes, Trainer.Packs(), FeatureOptions.Default);
    });

    private string _root = null!;
    private List<string> _trained = null!;

    [SetUp]
    public void StartEmpty()
    {
        _root = Directory.CreateTempSubdirectory("noteaddin-foldcache-").FullName;
        _trained = [];
    }

    [TearDown]
    public void Remove() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Folds_trained_once_are_read_back_with_the_writers_they_held_out()
    {
        var first = Cache().Folds(TextWriter.Null, Train);
        var second = Cache().Folds(TextWriter.Null, Train);

        Assert.Multiple(() =>
        {
            Assert.That(_trained, Is.EquivalentTo(new[] { "writer-0", "writer-1", "writer-2" }), "each fold trained once");
            Assert.That(second.Select(f => f.HeldOut), Is.EqualTo(first.Select(f => f.HeldOut)));
            Assert.That(second.Select(f => f.Model.Provenance.Trainer), Is.EqualTo(first.Select(f => "held out " + f.HeldOut)));
            Assert.That(second.Select(f => f.Test.Notes.Count), Is.EqualTo(new[] { 3, 3, 3 }));
        });
    }

    [Test]
    public void A_run_stopped_by_a_failing_fold_keeps_every_fold_it_finished()
    {
        Assert.Throws<AggregateException>(() => Cache().Folds(TextWriter.Null, held =>
            held.Contains("writer-1") ? throw new InvalidOperationException("stopped") : Train(held)));
        // Which of the other two ran before the failure stopped the loop depends on the scheduler; whichever did is kept.
        var finished = _trained.ToList();
        _trained.Clear();

        var log = new StringWriter();
        var folds = Cache().Folds(log, Train);

        Assert.Multiple(() =>
        {
            Assert.That(finished, Does.Not.Contain("writer-1"));
            Assert.That(_trained, Is.EquivalentTo(new[] { "writer-0", "writer-1", "writer-2" }.Except(finished)), "only what the first run did not finish");
            Assert.That(folds.Select(f => f.Model.Provenance.Trainer), Is.EqualTo(new[] { "held out writer-0", "held out writer-1", "held out writer-2" }));
            Assert.That(log.ToString(), Does.Contain($"reusing {finished.Count} of 3 folds' weights").Or.Contain("no folds' weights"));
        });
    }

    [Test]
    public void A_fold_missing_from_the_cache_is_the_only_one_trained_again()
    {
        Cache().Folds(TextWriter.Null, Train);
        var second = Directory.GetFiles(_root, "fold-1.model", SearchOption.AllDirectories).Single();
        File.Delete(second);
        _trained.Clear();

        var log = new StringWriter();
        Cache().Folds(log, Train);

        Assert.Multiple(() =>
        {
            Assert.That(_trained, Is.EqualTo(new[] { "writer-1" }));
            Assert.That(log.ToString(), Does.Contain("reusing 2 of 3 folds' weights"));
            Assert.That(File.Exists(second), "kept again");
        });
    }

    private FoldCache Cache() => new("corpus", Set.Value, FeatureOptions.Default, TrainerSettings.Default, _root);

    private CrossValidation.Fold Train(IReadOnlySet<string> held)
    {
        var name = string.Join("+", held.Order(StringComparer.Ordinal));
        lock (_trained)
        {
            _trained.Add(name);
        }

        return CrossValidation.FoldOf(Set.Value, held, Marked("held out " + name));
    }

    // The smallest model the file format stores: one head of two labels, no weight rows.
    private static ReaderModel Marked(string trainer) => new(
        FeatureOptions.Default, CrossValidation.Defaults, new ModelProvenance("", 0, [], trainer),
        [new ModelHead("reader", 0, ["Blocked", "Undetermined"])], [0f], new Dictionary<int, float[]>());
}
