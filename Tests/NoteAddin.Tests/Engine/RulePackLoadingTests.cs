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
    public void Recorded_status_labels_name_a_status_and_mean_one_status_only()
    {
        var en = Path.Combine(_directory, "en.json");
        var text = File.ReadAllText(en);
        File.WriteAllText(en, text.Replace("\"recordedStatuses\": {\"InProgress\":", "\"recordedStatuses\": {\"Progress\":"));
        var unknownStatus = Assert.Throws<RulePackException>(() => RulePackSet.Load(_directory));
        Assert.That(unknownStatus!.Problem, Does.Contain("unknown status \"Progress\""));

        File.WriteAllText(en, text);
        var extra = Directory.CreateDirectory(Path.Combine(_directory, "extra")).FullName;
        File.WriteAllText(Path.Combine(extra, "team.de.json"), """{"language": "de", "recordedStatuses": {"Blocked": ["Unbekannt"]}}""");
        var twoMeanings = Assert.Throws<RulePackException>(() => RulePackSet.Load(_directory, extra));
        Assert.That(twoMeanings!.Message, Does.Contain("team.de.json").And.Contain("Unbekannt"));

        File.WriteAllText(Path.Combine(extra, "team.de.json"), """{"language": "de", "recordedStatuses": {"Blocked": ["Auf Eis"]}}""");
        File.WriteAllText(Path.Combine(extra, "team.en.json"), """{"language": "en", "recordedStatuses": {"NoIntent": ["auf eis"]}}""");
        var acrossPacks = Assert.Throws<RulePackException>(() => RulePackSet.Load(_directory, extra));
        Assert.That(acrossPacks!.Problem, Does.Contain("auf eis").IgnoreCase);
    }

    [Test]
    public void The_recorded_status_labels_read_portal_values_in_both_languages()
    {
        var labels = new NoteChecker(RulePackSet.Load(_directory)).RecordedStatuses;
        Assert.Multiple(() =>
        {
            Assert.That(labels.Parse("Status Unknown"), Is.EqualTo(NoteStatus.Unknown));
            Assert.That(labels.Parse("unbekannt"), Is.EqualTo(NoteStatus.Unknown));
            Assert.That(labels.Parse("blockiert"), Is.EqualTo(NoteStatus.Blocked));
            Assert.That(labels.Parse(" in_bearbeitung "), Is.EqualTo(NoteStatus.InProgress));
            Assert.That(labels.Parse("Keine Absicht"), Is.EqualTo(NoteStatus.NoIntent));
            Assert.That(labels.Parse("NoIntent"), Is.EqualTo(NoteStatus.NoIntent));
            Assert.That(labels.Parse("Dupliziert/Ungültig"), Is.EqualTo(NoteStatus.DuplicateInvalid));
            Assert.That(labels.Parse("Dupliziert/Ungultig"), Is.EqualTo(NoteStatus.DuplicateInvalid));
            Assert.That(labels.Parse("On hold"), Is.Null);
            Assert.That(labels.Parse(""), Is.Null);
            Assert.That(labels.PortalName(NoteStatus.Unknown), Is.EqualTo("Status Unknown"));
            Assert.That(labels.PortalName(NoteStatus.DuplicateInvalid), Is.EqualTo("Duplicate/Invalid"));
            Assert.That(labels.PortalName(NoteStatus.Undetermined), Is.Empty);
        });
    }

    [TestCase("NI due to missing licences", 3, NoteStatus.NoIntent)]
    [TestCase("  Keine Absicht wegen DSGVO", 16, NoteStatus.NoIntent)]
    [TestCase("Blocked because of the proxy", 8, NoteStatus.Blocked)]
    public void An_opening_ends_where_the_first_reason_marker_begins(string note, int reasonAt, NoteStatus status) =>
        Assert.That(EngineFixture.Checker.RecordedStatuses.Opening(note, reasonAt), Is.EqualTo(status));

    [TestCase("Customer NI due to missing licences", 12)]
    [TestCase("NI due to missing licences", -1)]
    [TestCase("Blocked by the proxy", 0)]
    public void An_opening_before_a_reason_marker_that_is_no_label_names_none(string note, int reasonAt) =>
        Assert.That(EngineFixture.Checker.RecordedStatuses.Opening(note, reasonAt), Is.Null);

    [TestCase("NI – die Firewall lässt die Ports nicht zu.", NoteStatus.NoIntent)]
    [TestCase("  Blockiert: Betriebsrat hat noch nicht zugestimmt.", NoteStatus.Blocked)]
    [TestCase("WIP, 300 von 900 Geräten registriert.", NoteStatus.InProgress)]
    [TestCase("Keine Absicht (Kunde setzt auf Zoom).", NoteStatus.NoIntent)]
    [TestCase("Dup/Inv – zweiter Tenant aus dem Test.", NoteStatus.DuplicateInvalid)]
    [TestCase("Ungültig – Testtenant des Partners.", NoteStatus.DuplicateInvalid)]
    [TestCase("Läuft.", NoteStatus.InProgress)]
    [TestCase("unk - no reply to three mails", NoteStatus.Unknown)]
    [TestCase("No intent -> customer stays on Webex", NoteStatus.NoIntent)]
    [TestCase("NI", NoteStatus.NoIntent)]
    [TestCase("Dupliziert oder ungültig: Lizenz doppelt gezählt.", NoteStatus.DuplicateInvalid)]
    public void A_note_opening_with_a_status_label_names_it(string note, NoteStatus status) =>
        Assert.That(EngineFixture.Checker.RecordedStatuses.Opening(note), Is.EqualTo(status));

    [TestCase("In-house team deploys Intune, pilot with 50 devices.")]
    [TestCase("NI-Kunde: die Firewall lässt die Ports nicht zu.")]
    [TestCase("Status: NoIntent (portal) – customer waits for the MPLS upgrade.")]
    [TestCase("Customer is blocked by the proxy.")]
    [TestCase("IP) sensors on 9 of 12 DCs")]
    [TestCase("Kunde hat kein Interesse und keinen Bedarf, weil alles läuft")]
    [TestCase("")]
    [TestCase("– NI")]
    public void A_note_opening_with_anything_else_names_no_label(string note) =>
        Assert.That(EngineFixture.Checker.RecordedStatuses.Opening(note), Is.Null);

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
