using NoteAddin.Checking;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;

namespace NoteAddin.Tests.Engine;

/// <summary>A broken pack stops start-up with file, line and column; a team's overlay adds to ours.</summary>
public class RulePackLoadingTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), "noteaddin-packs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        foreach (var pack in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "RulePacks"), "*.json"))
        {
            File.Copy(pack, Path.Combine(_directory, Path.GetFileName(pack)));
        }
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Broken_json_names_file_line_and_column()
    {
        File.WriteAllText(Path.Combine(_directory, "en.json"), "{\n  \"language\": \"en\",\n  \"phrases\": { \"hedge\": [\"maybe\" \"probably\"] }\n}");
        var error = Assert.Throws<RulePackException>(() => RulePackSet.Load(_directory));
        Assert.Multiple(() =>
        {
            Assert.That(error!.File, Is.EqualTo("en.json"));
            Assert.That(error.Line, Is.EqualTo(3));
            Assert.That(error.Column, Is.GreaterThan(20));
            Assert.That(error.Message, Does.StartWith("en.json(3,"));
        });
    }

    [Test]
    public void A_misspelt_key_is_an_error_not_a_silently_ignored_list()
    {
        var text = File.ReadAllText(Path.Combine(_directory, "de.json")).Replace("\"statusCues\":", "\"statusCue\":");
        File.WriteAllText(Path.Combine(_directory, "de.json"), text);
        var error = Assert.Throws<RulePackException>(() => RulePackSet.Load(_directory));
        Assert.That(error!.Message, Does.Contain("de.json(").And.Contain("statusCue"));
    }

    [Test]
    public void A_status_cue_naming_an_unknown_list_points_at_it()
    {
        var text = File.ReadAllText(Path.Combine(_directory, "en.json"))
            .Replace("{\"status\": \"InProgress\", \"weight\": 2, \"all\": [\"ipStrong\"]}", "{\"status\": \"InProgress\", \"weight\": 2, \"all\": [\"ipStronk\"]}");
        File.WriteAllText(Path.Combine(_directory, "en.json"), text);
        var error = Assert.Throws<RulePackException>(() => RulePackSet.Load(_directory));
        Assert.That(error!.Problem, Does.Contain("ipStronk"));
        Assert.That(error.Line, Is.GreaterThan(1));
    }

    [Test]
    public void A_phrase_the_matcher_cannot_fold_is_refused()
    {
        var text = File.ReadAllText(Path.Combine(_directory, "de.json")).Replace("\"hedge\": [", "\"hedge\": [\"§ 5\", ");
        File.WriteAllText(Path.Combine(_directory, "de.json"), text);
        var error = Assert.Throws<RulePackException>(() => RulePackSet.Load(_directory));
        Assert.That(error!.Problem, Does.Contain("§"));
    }

    [Test]
    public void An_overlay_adds_a_teams_own_phrases_without_a_release()
    {
        var extra = Path.Combine(_directory, "extra");
        Directory.CreateDirectory(extra);
        File.WriteAllText(Path.Combine(extra, "contoso.en.json"), """
            {
              "language": "en",
              "reasons": [ { "l1": "NoIntent", "l2": "Using Competitive Solution", "phrases": ["zulipchat^3"] } ],
              "phrases": { "hedge": ["kinda"] }
            }
            """);
        var before = new NoteChecker(RulePackSet.Load(_directory)).Check(new NoteInput("Customer kinda runs everything on ZulipChat.", "en"));
        var after = new NoteChecker(RulePackSet.Load(_directory, extra)).Check(new NoteInput("Customer kinda runs everything on ZulipChat.", "en"));
        Assert.Multiple(() =>
        {
            Assert.That(before.Reason?.L2, Is.Not.EqualTo("Using Competitive Solution"));
            Assert.That(after.Status, Is.EqualTo(NoteStatus.NoIntent));
            Assert.That(after.Reason?.L2, Is.EqualTo("Using Competitive Solution"));
            Assert.That(after.Findings.Select(f => f.RuleId), Does.Contain("hedging"));
        });
    }

    [Test]
    public void An_overlay_for_a_language_without_a_base_pack_is_refused()
    {
        var extra = Path.Combine(_directory, "extra");
        Directory.CreateDirectory(extra);
        File.WriteAllText(Path.Combine(extra, "fr.json"), "{\"language\": \"fr\"}");
        var error = Assert.Throws<RulePackException>(() => RulePackSet.Load(_directory, extra));
        Assert.That(error!.File, Is.EqualTo("fr.json"));
    }
}
