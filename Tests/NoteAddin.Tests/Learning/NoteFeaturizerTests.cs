using System.Runtime.Intrinsics;
using NoteAddin.Checking.Learning;

namespace NoteAddin.Tests.Learning;

/// <summary>The character n-grams of the model's range are hashed four at a time; the committed weights were trained on
/// the one-at-a-time hashes, so the two must give the same hashes in the same order.</summary>
public class NoteFeaturizerTests
{
    private struct Collecting : IFeatureSink
    {
        public List<uint> Text;

        public readonly void AddText(uint hash) => Text.Add(hash);

        public readonly void AddCue(uint hash, float value)
        {
        }
    }

    [TestCase("")]
    [TestCase("a")]
    [TestCase("ab")]
    [TestCase("abc")]
    [TestCase("abcd")]
    [TestCase("abcde")]
    [TestCase("kunde ist blockiert, weil die proxy-konfiguration die teams-medienverbindungen noch nicht zulaesst.")]
    [TestCase("customer uses zoom \u2014 \u00e9t\u00e9 \ud83d\ude00 2026-03-01")]
    public void Four_at_a_time_gives_the_one_at_a_time_hashes(string text)
    {
        var options = FeatureOptions.Default;
        var fast = new Collecting { Text = [] };
        NoteFeaturizer.AddCharacters(text, options, ref fast);
        var plain = new Collecting { Text = [] };
        NoteFeaturizer.AddCharactersFrom(text, 0, options, ref plain);

        // Every n-gram of 2–5 characters of " " + text + " ".
        var padded = text.Length + 2;
        var expected = Enumerable.Range(options.CharMin, options.CharMax - options.CharMin + 1).Sum(n => Math.Max(0, padded - n + 1));
        Assert.Multiple(() =>
        {
            Assert.That(plain.Text, Has.Count.EqualTo(expected));
            Assert.That(fast.Text, Is.EqualTo(plain.Text));
        });
    }

    [Test]
    public void Four_hashes_finish_lane_by_lane_as_one()
    {
        uint[] hashes = [0, 1, 0xDEADBEEF, uint.MaxValue];
        var four = FeatureHasher.Finish(Vector128.Create(hashes[0], hashes[1], hashes[2], hashes[3]));
        Assert.That(Enumerable.Range(0, 4).Select(i => four.GetElement(i)), Is.EqualTo(hashes.Select(FeatureHasher.Finish)));
    }
}
