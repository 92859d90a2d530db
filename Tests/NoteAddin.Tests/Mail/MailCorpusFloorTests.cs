using NoteAddin.Evaluation;
using static NoteAddin.Tests.Mail.MailFixture;

namespace NoteAddin.Tests.Mail;

/// <summary>
/// The mail corpus's floors, enforced in CI (issue 9's goals): detection precision and recall and workload accuracy
/// of at least 95 % over every Tests/MailCorpus/*.jsonl file, the independent writers' and the smoke file alike.
/// </summary>
public class MailCorpusFloorTests
{
    private static readonly Lazy<IReadOnlyList<MailExample>> Mails = new(() =>
        MailCorpus.Load(Path.Combine(AppContext.BaseDirectory, "MailCorpus")));

    [Test]
    public void The_corpus_is_there_in_both_languages_with_quoted_threads_and_mails_without_notes()
    {
        var mails = Mails.Value;
        Assert.Multiple(() =>
        {
            Assert.That(mails, Has.Count.GreaterThanOrEqualTo(15));
            Assert.That(mails.Select(m => m.Lang).Distinct(), Is.SupersetOf(new[] { "de", "en" }));
            Assert.That(mails.Count(m => m.HasQuote), Is.GreaterThan(0));
            Assert.That(mails.Count(m => m.Notes.Count == 0), Is.GreaterThan(0));
            Assert.That(mails.Select(m => m.Id).Distinct().Count(), Is.EqualTo(mails.Count), "ids are unique");
        });
    }

    [Test]
    public void Every_labelled_note_occurs_exactly_once_in_its_mail()
    {
        var report = MailEvaluator.Evaluate(Checker, Mails.Value);
        Assert.That(report.CorpusProblems, Is.Empty);
    }

    [Test]
    public void Detection_and_workloads_meet_the_floors()
    {
        var report = MailEvaluator.Evaluate(Checker, Mails.Value);
        var all = report.Overall;
        TestContext.Out.WriteLine($"{all.Mails} mails, {all.Labelled} notes: precision {all.Precision:P1}, recall {all.Recall:P1}, workload {all.WorkloadAccuracy:P1}");
        foreach (var (language, tally) in report.ByLanguage)
        {
            TestContext.Out.WriteLine($"  {language}: precision {tally.Precision:P1}, recall {tally.Recall:P1}, workload {tally.WorkloadAccuracy:P1}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(all.Precision, Is.GreaterThanOrEqualTo(0.95), "detection precision");
            Assert.That(all.Recall, Is.GreaterThanOrEqualTo(0.95), "detection recall");
            Assert.That(all.WorkloadAccuracy, Is.GreaterThanOrEqualTo(0.95), "workload accuracy");
        });
    }

    [Test]
    public void A_prediction_counts_at_half_overlap_and_each_note_once()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MailEvaluator.Iou((0, 10), (0, 10)), Is.EqualTo(1));
            Assert.That(MailEvaluator.Iou((0, 10), (5, 15)), Is.EqualTo(5.0 / 15));
            Assert.That(MailEvaluator.Iou((0, 10), (10, 20)), Is.Zero);
            Assert.That(MailEvaluator.Match([(0, 10)], [(0, 5)]), Has.Count.EqualTo(1), "IoU 0.5 counts");
            Assert.That(MailEvaluator.Match([(0, 10)], [(0, 4)]), Is.Empty);
            Assert.That(MailEvaluator.Match([(0, 10)], [(0, 10), (1, 10)]), Is.EqualTo(new[] { (0, 0) }), "one prediction per note, the best");
            Assert.That(MailEvaluator.Match([(0, 10), (0, 9)], [(0, 10)]), Is.EqualTo(new[] { (0, 0) }));
        });
    }

    [Test]
    public void A_labelled_note_is_found_whatever_its_white_space()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TextLocator.FindAll("Teams:\u00A0Rollout  läuft\nweiter.", "Rollout läuft weiter."), Is.EqualTo(new[] { (7, 29) }));
            Assert.That(TextLocator.FindAll("a b a b", "a b"), Has.Count.EqualTo(2));
            Assert.That(TextLocator.FindAll("abc", "x"), Is.Empty);
        });
    }
}
