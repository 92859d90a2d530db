using System.IO.Compression;
using System.Text;
using Newtonsoft.Json.Linq;
using NoteAddin.Checking;
using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;
using NoteAddin.Tests.Engine;
using NoteAddin.Training;

namespace NoteAddin.Tests.Learning;

/// <summary>
/// The committed model is the one the committed corpus produces, and the service's own scorer reads notes exactly
/// as ML.NET does. Retraining takes a few seconds, so it runs once for all tests here.
/// </summary>
public class ReaderModelTests
{
    private static readonly Lazy<ReaderModel> Committed = new(() => ReaderModelFile.Read(RepositoryPaths.ModelFile));

    private static readonly Lazy<ModelTrainer.Trained> Retrained = new(() =>
    {
        var model = Committed.Value;
        var set = TrainingSet.Build(LabelledNotes.LoadFiles(TrainingCorpus.Files()), Trainer.Packs(), model.Features);
        return ModelTrainer.Train(set.Rows, model.Features, model.Decision, model.Provenance, TrainerSettings.Default, set.Rules, TrainerSettings.JudgedRules);
    });

    [Test]
    public void The_committed_model_was_trained_on_the_committed_corpus()
    {
        var model = Committed.Value;
        Assert.Multiple(() =>
        {
            Assert.That(model.Provenance.CorpusHash, Is.EqualTo(TrainingCorpus.Hash(TrainingCorpus.Files())),
                "the training corpus changed since the model was trained: run the training command in the README and commit AddinService/Model/reader.model");
            Assert.That(model.Provenance.CorpusFiles, Is.EqualTo(TrainingCorpus.Files().Select(TrainingCorpus.Relative)));
            Assert.That(model.Provenance.Trainer, Is.EqualTo(TrainerSettings.Default.ToString()), "trained with other settings than the trainer's");
        });
    }

    [Test]
    public void Retraining_with_the_fixed_seed_gives_the_committed_weights()
    {
        var committed = Committed.Value;
        var retrained = Retrained.Value.Model;
        var committedRows = committed.Rows; // read back from the dense table: take each once
        var retrainedRows = retrained.Rows;
        Assert.That(retrained.Heads.Select(h => h.Name), Is.EqualTo(committed.Heads.Select(h => h.Name)));
        Assert.That(retrained.Heads.SelectMany(h => h.Labels), Is.EqualTo(committed.Heads.SelectMany(h => h.Labels)));
        Assert.That(retrainedRows.Keys.Order(), Is.EqualTo(committedRows.Keys.Order()), "the same non-zero weight rows");
        var largest = 0f;
        foreach (var (bucket, row) in committedRows)
        {
            for (var k = 0; k < row.Length; k++)
            {
                largest = Math.Max(largest, Math.Abs(row[k] - retrainedRows[bucket][k]));
            }
        }

        TestContext.Out.WriteLine($"largest weight difference: {largest:E2}");
        Assert.That(largest, Is.LessThanOrEqualTo(1e-5f));
    }

    [Test]
    public void The_scorer_gives_MLNETs_probabilities_on_the_whole_test_set()
    {
        var trained = Retrained.Value;
        var notes = LabelledNotes.Load(RepositoryPaths.Combine("Tests", "Corpus", "test"));
        var set = TrainingSet.Build(notes, Trainer.Packs(), trained.Model.Features);
        var capture = new ScoreCapture(trained.Model);
        var checker = new NoteChecker(Trainer.Packs(), capture);
        // An empty note never reaches the decision stage, so the scorer never reads it: nothing to compare there.
        var scored = notes.Select(n =>
        {
            capture.Scored = false;
            checker.Check(new NoteInput(n.Text, null, n.Workload));
            return capture.Scored ? capture.Last.ToArray() : null;
        }).ToList();
        var largest = 0.0;
        for (var h = 0; h < trained.Heads.Count; h++)
        {
            var head = trained.Model.Heads[h];
            var expected = ModelTrainer.MlNetProbabilities(trained, trained.Heads[h], set.Rows);
            for (var i = 0; i < notes.Count; i++)
            {
                if (scored[i] is null)
                {
                    continue;
                }

                for (var k = 0; k < head.Labels.Length; k++)
                {
                    largest = Math.Max(largest, Math.Abs(expected[i][k] - scored[i]![head.Offset + k]));
                }
            }
        }

        var compared = scored.Count(x => x is not null);
        TestContext.Out.WriteLine($"{compared} of {notes.Count} notes × {trained.Heads.Count} heads, largest probability difference: {largest:E2}");
        Assert.That(compared, Is.GreaterThanOrEqualTo(600));
        Assert.That(largest, Is.LessThanOrEqualTo(1e-5));
    }

    [Test]
    public void The_model_file_round_trips()
    {
        var path = Path.Combine(Path.GetTempPath(), $"noteaddin-model-{Guid.NewGuid():N}.model");
        try
        {
            ReaderModelFile.Write(Committed.Value, path);
            var again = ReaderModelFile.Read(path);
            Assert.Multiple(() =>
            {
                Assert.That(again.Labels, Is.EqualTo(Committed.Value.Labels));
                Assert.That(again.Biases.ToArray(), Is.EqualTo(Committed.Value.Biases.ToArray()));
                Assert.That(again.Rows.Count, Is.EqualTo(Committed.Value.Rows.Count));
                Assert.That(again.Provenance.CorpusHash, Is.EqualTo(Committed.Value.Provenance.CorpusHash));
                Assert.That(File.ReadAllBytes(path), Is.EqualTo(File.ReadAllBytes(RepositoryPaths.ModelFile)), "writing is deterministic");
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_model_file_from_before_a_decision_setting_reads_it_as_off()
    {
        // The eleventh session's model and every cached fold were written before StatedUnclearJudgedFrom existed, the
        // thirteenth's before ClearReadFrom and ClearReadUnclearJudgedFrom, the fifteenth's before
        // OverruledUnclearJudgedFrom, the twentieth's before UndeterminedUnclearFrom, the thirtieth's before
        // VagueWordsOverruledFrom: Newtonsoft alone would read a
        // missing number as 0, which would make every such note unclear. The sixteenth's lacks OpeningLabelWins, a flag:
        // off.
        var path = Path.Combine(Path.GetTempPath(), $"noteaddin-older-{Guid.NewGuid():N}.model");
        try
        {
            using (var input = new BinaryReader(new GZipStream(File.OpenRead(RepositoryPaths.ModelFile), CompressionMode.Decompress), Encoding.UTF8))
            using (var output = new BinaryWriter(new GZipStream(File.Create(path), CompressionLevel.Fastest), Encoding.UTF8))
            {
                output.Write(input.ReadString());
                var header = JObject.Parse(input.ReadString());
                foreach (var setting in DecisionSettings.AddedLater)
                {
                    Assert.That(((JObject)header["Decision"]!).Remove(setting), $"the committed model names {setting}");
                }

                Assert.That(((JObject)header["Decision"]!).Remove(nameof(DecisionSettings.OpeningLabelWins)), "the committed model names OpeningLabelWins");

                output.Write(header.ToString());
                output.Flush();
                input.BaseStream.CopyTo(output.BaseStream);
            }

            var older = ReaderModelFile.Read(path);
            Assert.That(older.Decision, Is.EqualTo(Committed.Value.Decision with
            {
                StatedUnclearJudgedFrom = DecisionSettings.Never,
                ClearReadFrom = DecisionSettings.Never,
                ClearReadUnclearJudgedFrom = DecisionSettings.Never,
                OverruledUnclearJudgedFrom = DecisionSettings.Never,
                UndeterminedUnclearFrom = DecisionSettings.Never,
                VagueWordsOverruledFrom = DecisionSettings.Never,
                OpeningLabelWins = false,
            }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_damaged_model_file_is_refused_with_its_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"noteaddin-damaged-{Guid.NewGuid():N}.model");
        try
        {
            var bytes = File.ReadAllBytes(RepositoryPaths.ModelFile);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            var error = Assert.Throws<InvalidDataException>(() => ReaderModelFile.Read(path));
            Assert.That(error!.Message, Does.Contain(Path.GetFileName(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Many_threads_share_one_engine_and_read_every_note_as_one_thread_does()
    {
        var notes = LabelledNotes.Load(RepositoryPaths.Combine("Tests", "DevSet")).Select(n => n.Text).ToArray();
        var checker = EngineFixture.Checker;
        var alone = notes.Select(n => Describe(checker.Check(new NoteInput(n)))).ToArray();
        var together = new string[notes.Length];
        Parallel.For(0, notes.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var n = i % notes.Length;
            var seen = Describe(checker.Check(new NoteInput(notes[n])));
            if (i >= notes.Length * 3)
            {
                together[n] = seen;
            }
        });
        Assert.That(together, Is.EqualTo(alone));
    }

    private static string Describe(CheckResult r) => $"{r.Status} {r.Grade} {r.Score} {r.Reason?.L2} {r.Reason?.Confidence}";

    /// <summary>Scores with a given model and keeps the probabilities, deciding as the rules would.</summary>
    private sealed class ScoreCapture(ReaderModel model) : IStatusDecider
    {
        public float[] Last { get; } = new float[model.Classes];

        public bool Scored { get; set; }

        public StatusDecision Decide(NoteReading reading, DecisionEvidence evidence)
        {
            model.Score(reading, evidence, Last);
            Scored = true;
            return RuleDecider.Instance.Decide(reading, evidence);
        }
    }
}
