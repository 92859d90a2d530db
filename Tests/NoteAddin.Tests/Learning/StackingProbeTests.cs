using Newtonsoft.Json;
using NoteAddin.Training;

namespace NoteAddin.Tests.Learning;

public sealed class StackingProbeTests
{
    private string _dump = "";

    [SetUp]
    public void WriteDump()
    {
        // Two folds of notes the decision graded Good. The Bad ones are exactly those that open with a NoIntent label
        // while the packs' best reason is Blocked's and the status-unclear head is faint: no one threshold of the dump
        // finds them, a pair of splits does.
        _dump = Path.GetTempFileName();
        var random = new Random(7);
        var lines = new List<string>();
        for (var i = 0; i < 600; i++)
        {
            var opening = random.Next(3) == 0 ? "NoIntent" : null;
            var words = random.Next(2) == 0 ? "Blocked|Legal/Regulatory" : "NoIntent|Executive Sponsorship";
            var bad = opening is not null && words.StartsWith("Blocked", StringComparison.Ordinal);
            lines.Add(JsonConvert.SerializeObject(new
            {
                Id = $"x-{i}",
                fold = i % 2 == 0 ? "a" : "b",
                Lang = i % 3 == 0 ? "de" : "en",
                label = new { Status = "NoIntent", L2 = (string?)null, Grade = bad ? "Bad" : "Good", Rules = bad ? new[] { "status-unclear" } : [] },
                result = new { Status = "NoIntent", L2 = (string?)null, Grade = "Good", Findings = Array.Empty<string>() },
                stated = (string?)null,
                opening,
                rules = "NoIntent",
                words,
                byStatus = new { Blocked = 0.1, DuplicateInvalid = 0.0, InProgress = 0.0, NoIntent = 0.9, Undetermined = 0.0, Unknown = 0.0 },
                top = "NoIntent:0.900",
                judged = new Dictionary<string, double> { ["status-unclear"] = Math.Round(random.NextDouble() * 0.1, 4) },
            }));
        }

        // One note the decision graded Bad: not the probe's business.
        lines.Add(lines[0].Replace("\"Grade\":\"Good\",\"Findings\"", "\"Grade\":\"Bad\",\"Findings\"", StringComparison.Ordinal));
        File.WriteAllLines(_dump, lines);
    }

    [TearDown]
    public void RemoveDump() => File.Delete(_dump);

    [Test]
    public void Trees_left_out_one_fold_at_a_time_find_Bad_notes_that_need_two_conditions()
    {
        var output = new StringWriter();

        var exit = StackingProbe.Run(_dump, output);

        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries);
        var atHalf = lines.Single(l => l.StartsWith("| 0.5 |", StringComparison.Ordinal)).Split('|', StringSplitOptions.TrimEntries);
        var bad = int.Parse(lines[0].Split(" of them labelled Bad")[0].Split(' ')[^1]);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(lines[0], Does.StartWith("600 notes graded Good by the decision"), "the note graded Bad is left out");
            Assert.That(int.Parse(atHalf[2]), Is.GreaterThanOrEqualTo(bad * 9 / 10), "Bad caught from 0.5");
            Assert.That(int.Parse(atHalf[3]) + int.Parse(atHalf[4]), Is.LessThanOrEqualTo(5), "notes not Bad graded down from 0.5");
        });
    }
}
