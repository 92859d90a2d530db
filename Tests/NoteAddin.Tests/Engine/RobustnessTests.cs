using System.Text;
using NoteAddin.Checking.Model;

namespace NoteAddin.Tests.Engine;

/// <summary>
/// Text from users is data: whatever arrives, the engine answers, and every span it returns lies inside the text
/// (the pane marks spans directly; one off the end would break the page).
/// </summary>
public class RobustnessTests
{
    public static IEnumerable<TestCaseData> Hostile()
    {
        yield return new TestCaseData("\ud800 lone high surrogate and \udc00 lone low").SetName("lone surrogates");
        yield return new TestCaseData("🚧🚧 Kunde blockiert 🚧 wegen Proxy 🚧").SetName("emoji around words");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("nicht ", 1600))).SetName("10k of 'nicht '");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("because ", 1200))).SetName("10k of 'because '");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("z. B. ", 1600))).SetName("10k of abbreviations");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("a/", 4900))).SetName("10k of slashes");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("1. ", 3300))).SetName("10k of list markers");
        yield return new TestCaseData(new string('(', 5000) + new string(')', 5000)).SetName("nested brackets");
        yield return new TestCaseData("<script>alert(1)</script><b>Kunde</b> &amp; blockiert").SetName("markup");
        yield return new TestCaseData("\0\u0001\u0002\u001b[31m control \u007f characters").SetName("control characters");
        yield return new TestCaseData("ÄÖÜß äöüß ẞ İ ı ﬁ Æ ø").SetName("letters that fold oddly");
        yield return new TestCaseData(".,;:!?…–—").SetName("punctuation only");
        yield return new TestCaseData("Kunde\r\n\r\nblockiert\n\n\n.").SetName("line breaks");
    }

    [TestCaseSource(nameof(Hostile))]
    public void Hostile_text_gets_an_answer_with_spans_inside_the_text(string text)
    {
        foreach (var language in new string?[] { null, "de", "en" })
        {
            var result = EngineFixture.Checker.Check(new NoteInput(text, language, "Teams"));
            AssertSpansInside(result, text);
        }
    }

    [Test]
    public void Random_unicode_never_breaks_the_engine()
    {
        var random = new Random(20261124);
        var pieces = new[] { "nicht ", "not ", "blocked ", "wegen ", "because ", "Kontaktversuche ", "3 ", "z. B. ", "/", ", ", ". ", "\n", "ä", "ß", "🚧", "\ud800", "until ", "bis " };
        for (var n = 0; n < 2000; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 300);
            while (text.Length < length)
            {
                if (random.Next(3) == 0)
                {
                    text.Append(pieces[random.Next(pieces.Length)]);
                }
                else
                {
                    text.Append((char)random.Next(0, 0xFFFF));
                }
            }

            var note = text.ToString();
            var result = EngineFixture.Checker.Check(new NoteInput(note));
            AssertSpansInside(result, note);
        }
    }

    private static void AssertSpansInside(CheckResult result, string text)
    {
        Assert.That(result.Score, Is.InRange(0, 100));
        foreach (var finding in result.Findings)
        {
            Assert.That(finding.Start, Is.InRange(0, text.Length), finding.RuleId);
            Assert.That(finding.Length, Is.GreaterThanOrEqualTo(0), finding.RuleId);
            Assert.That(finding.Start + finding.Length, Is.LessThanOrEqualTo(text.Length), finding.RuleId);
        }
    }
}
