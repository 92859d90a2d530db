using Newtonsoft.Json.Linq;
using NoteAddin.Checking.Model;

namespace NoteAddin.Tests.Engine;

/// <summary>The 33 labelled notes of the customer's own guidance page: every status and grade must come out right.</summary>
public class SeedExampleTests
{
    public static IEnumerable<TestCaseData> Seeds()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "DevSet", "seed-examples.json");
        foreach (var example in JObject.Parse(File.ReadAllText(path))["examples"]!)
        {
            yield return new TestCaseData(
                    (string)example["text"]!,
                    (string)example["lang"]!,
                    Enum.Parse<NoteStatus>((string)example["status"]!),
                    Enum.Parse<Grade>((string)example["grade"]!))
                .SetName($"seed {(string)example["id"]!}");
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void Status_and_grade_are_the_seeds(string text, string language, NoteStatus status, Grade grade)
    {
        var result = EngineFixture.Checker.Check(new NoteInput(text));
        Assert.Multiple(() =>
        {
            if (text.Length > 0)
            {
                // An empty note has no language; API.md falls back to English.
                Assert.That(result.Language, Is.EqualTo(language), "language");
            }

            Assert.That(result.Status, Is.EqualTo(status), "status");
            Assert.That(result.Grade, Is.EqualTo(grade), "grade; findings: " + string.Join(", ", result.Findings.Select(f => f.RuleId)));
        });
    }

    [Test]
    public void There_are_33_seed_examples() => Assert.That(Seeds().Count(), Is.EqualTo(33));
}
