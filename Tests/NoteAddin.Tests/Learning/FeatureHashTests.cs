using NoteAddin.Checking.Learning;
using NoteAddin.Training;

namespace NoteAddin.Tests.Learning;

/// <summary>The weights cache is keyed by <see cref="TrainingSet.FeatureHash"/>: it must move with any feature or label
/// and with nothing else, or a cached fold would be reused for notes it was not trained on.</summary>
public class FeatureHashTests
{
    private static readonly LabelledNote[] Notes =
    [
        new("a", "en", "Customer is blocked by the proxy until the firewall change in March.", "Blocked", "Good", "Customer IT Infrastructure and Remediation", "Network", [], "Teams"),
        new("b", "de", "Kein Interesse, der Kunde nutzt weiterhin Slack für alle Chats.", "NoIntent", "Good", "Using Competitive Solution", "Slack", [], "Teams"),
    ];

    private static string Hash(IReadOnlyList<LabelledNote> notes, FeatureOptions? options = null) =>
        TrainingSet.Build(notes, Trainer.Packs(), options ?? FeatureOptions.Default).FeatureHash();

    [Test]
    public void The_same_notes_hash_alike_and_a_note_id_does_not_count()
    {
        Assert.That(Hash([Notes[0] with { Id = "other" }, Notes[1]]), Is.EqualTo(Hash(Notes)));
    }

    [Test]
    public void One_character_label_or_feature_setting_moves_the_hash()
    {
        var original = Hash(Notes);
        Assert.Multiple(() =>
        {
            Assert.That(Hash([Notes[0] with { Text = Notes[0].Text.Replace("March", "Match") }, Notes[1]]), Is.Not.EqualTo(original), "text");
            Assert.That(Hash([Notes[0] with { Status = "NoIntent", L2 = null }, Notes[1]]), Is.Not.EqualTo(original), "label");
            Assert.That(Hash([Notes[1], Notes[0]]), Is.Not.EqualTo(original), "order (folds and rows follow it)");
            Assert.That(Hash(Notes, FeatureOptions.Default with { CharMax = 4 }), Is.Not.EqualTo(original), "feature setting");
        });
    }
}
