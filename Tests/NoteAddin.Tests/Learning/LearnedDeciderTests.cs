using NoteAddin.Checking;
using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Rules;

namespace NoteAddin.Tests.Learning;

/// <summary>
/// The decision stage's ways of calling a note unclear, each with a model whose probabilities are fixed by its
/// biases alone (no weight rows: every note gets the same ones), so the cases show the decision, not what a trained
/// model happens to think of a sentence. Each case runs with the setting on and off: the setting must be what decides.
/// </summary>
public class LearnedDeciderTests
{
    private static readonly Lazy<NoteChecker> RulesOnly = new(() => NoteEngineFactory.CreateRulesOnly());

    private static readonly DecisionSettings Plain = new(UnclearBelow: 0.3, StatedWinsFrom: 0.3, ReasonNeedsEvidence: false, JudgedAddsFrom: 0.5, ForeignReasonUnclear: false, UnclearJudgedFrom: 2.0, StatedUnclearJudgedFrom: 2.0, ClearReadFrom: 2.0, ClearReadUnclearJudgedFrom: 2.0, OverruledUnclearJudgedFrom: 2.0);

    // A stated NoIntent whose reason the packs file under Blocked (a proxy that stops traffic).
    private const string StatedWithForeignReason = "Kein Interesse, weil der Proxy den Datenverkehr zu Exchange Online sperrt.";

    // Facts with no status at all.
    private const string FactsOnly = "Ansprechpartner ist Herr Brandt (CISO), der Datenschutzbeauftragte ist extern.";

    // A stated Blocked whose reason (a competitor made the group standard) the packs have no words for.
    private const string StatedWithUnplacedReason = "Blockiert, da der Konzern einen anderen Anbieter als Standard gesetzt hat.";

    // A plain Blocked note with its reason: the status is stated, so the status-unclear head is not asked.
    private const string StatedBlocked = "Kunde ist blockiert, weil der Proxy die Teams-Medienverbindungen unterbricht.";

    [Test]
    public void A_stated_status_whose_only_reason_belongs_to_another_status_is_unclear_when_the_setting_says_so()
    {
        // The model reads the note as a reasonless NoIntent, as such notes are labelled.
        var model = Model(reader: ("NoIntent", 0.9), unclearYes: 0.01);

        var on = Check(model, Plain with { ForeignReasonUnclear = true }, StatedWithForeignReason);
        var off = Check(model, Plain, StatedWithForeignReason);

        Assert.Multiple(() =>
        {
            Assert.That(on.Status, Is.EqualTo(NoteStatus.NoIntent), "the stated status stays");
            Assert.That(on.Findings.Select(f => f.RuleId), Does.Contain("status-unclear"));
            Assert.That(on.Grade, Is.EqualTo(Grade.Bad));
            Assert.That(off.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"));
        });
    }

    [Test]
    public void A_reason_inside_the_stated_status_is_not_foreign()
    {
        var model = Model(reader: ("Blocked|Customer IT Infrastructure and Remediation", 0.9), unclearYes: 0.01);

        var result = Check(model, Plain with { ForeignReasonUnclear = true }, StatedBlocked);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(NoteStatus.Blocked));
            Assert.That(result.Reason?.L2, Is.EqualTo("Customer IT Infrastructure and Remediation"));
            Assert.That(result.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"));
        });
    }

    [Test]
    public void The_status_unclear_head_makes_a_note_that_states_no_status_unclear_and_keeps_the_reader_heads_status()
    {
        // The reader head leans to Blocked; the head trained on reviewers' status-unclear says no status can be read.
        var model = Model(reader: ("Blocked", 0.8), unclearYes: 0.9);

        var on = Check(model, Plain with { UnclearJudgedFrom = 0.5 }, FactsOnly);
        var off = Check(model, Plain, FactsOnly);

        Assert.Multiple(() =>
        {
            Assert.That(on.Status, Is.EqualTo(NoteStatus.Blocked), "the reader head's status, flagged rather than replaced");
            Assert.That(on.Findings.Select(f => f.RuleId), Does.Contain("status-unclear"));
            Assert.That(on.Grade, Is.EqualTo(Grade.Bad));
            Assert.That(off.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"), "never: the head is not asked");
        });
    }

    [Test]
    public void A_note_read_clearly_as_one_status_with_a_reason_needs_the_heads_surer_yes()
    {
        // The reader head gives Blocked with the infrastructure reason 0.9: the note states its status in other words.
        var clear = Model(reader: ("Blocked|Customer IT Infrastructure and Remediation", 0.9), unclearYes: 0.4);
        var settings = Plain with { UnclearJudgedFrom = 0.2, ClearReadFrom = 0.85, ClearReadUnclearJudgedFrom = 0.5 };

        var guarded = Check(clear, settings, FactsOnly);
        var off = Check(clear, settings with { ClearReadFrom = 2.0 }, FactsOnly);
        var surer = Check(Model(reader: ("Blocked|Customer IT Infrastructure and Remediation", 0.9), unclearYes: 0.6), settings, FactsOnly);
        var unsure = Check(Model(reader: ("Blocked|Customer IT Infrastructure and Remediation", 0.8), unclearYes: 0.4), settings, FactsOnly);
        var reasonless = Check(Model(reader: ("Blocked", 0.9), unclearYes: 0.4), settings, FactsOnly);

        Assert.Multiple(() =>
        {
            Assert.That(guarded.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"), "0.4 is under the clear note's 0.5");
            Assert.That(off.Findings.Select(f => f.RuleId), Does.Contain("status-unclear"), "no note counts as read clearly: 0.4 is over 0.2");
            Assert.That(surer.Findings.Select(f => f.RuleId), Does.Contain("status-unclear"), "0.6 is over the clear note's 0.5");
            Assert.That(unsure.Findings.Select(f => f.RuleId), Does.Contain("status-unclear"), "Blocked 0.8 is under 0.85: not read clearly");
            Assert.That(reasonless.Findings.Select(f => f.RuleId), Does.Contain("status-unclear"), "no reason among the likeliest labels: not read clearly");
        });
    }

    [Test]
    public void Facts_the_reader_head_calls_Undetermined_stay_Undetermined_without_a_reason()
    {
        var model = Model(reader: ("Undetermined", 0.9), unclearYes: 0.9);

        var result = Check(model, Plain with { UnclearJudgedFrom = 0.5 }, FactsOnly);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(NoteStatus.Undetermined));
            Assert.That(result.Reason, Is.Null);
            Assert.That(result.Findings.Select(f => f.RuleId), Does.Contain("status-unclear"));
        });
    }

    [Test]
    public void The_status_unclear_head_is_not_asked_when_the_note_states_its_status()
    {
        var model = Model(reader: ("Blocked|Customer IT Infrastructure and Remediation", 0.9), unclearYes: 0.99);

        var result = Check(model, Plain with { UnclearJudgedFrom = 0.3 }, StatedBlocked);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(NoteStatus.Blocked));
            Assert.That(result.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"));
            Assert.That(result.Grade, Is.EqualTo(Grade.Good));
        });
    }

    [Test]
    public void A_stated_status_with_a_reason_the_model_cannot_place_inside_it_is_unclear_when_the_head_says_so()
    {
        // No pack words for the competitor: only the status-unclear head can tell this from a Good Blocked note.
        var model = Model(reader: ("Blocked", 0.9), unclearYes: 0.8);

        var on = Check(model, Plain with { StatedUnclearJudgedFrom = 0.5 }, StatedWithUnplacedReason);
        var off = Check(model, Plain, StatedWithUnplacedReason);
        var unsure = Check(Model(reader: ("Blocked", 0.9), unclearYes: 0.3), Plain with { StatedUnclearJudgedFrom = 0.5 }, StatedWithUnplacedReason);

        Assert.Multiple(() =>
        {
            Assert.That(on.Status, Is.EqualTo(NoteStatus.Blocked), "the stated status stays");
            Assert.That(on.Findings.Select(f => f.RuleId), Does.Contain("status-unclear"));
            Assert.That(on.Grade, Is.EqualTo(Grade.Bad));
            Assert.That(off.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"), "never: the head is not asked");
            Assert.That(unsure.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"), "below the threshold");
        });
    }

    [Test]
    public void A_stated_status_with_its_own_reason_is_not_made_unclear_by_the_head()
    {
        var model = Model(reader: ("Blocked|Customer IT Infrastructure and Remediation", 0.9), unclearYes: 0.99);

        var result = Check(model, Plain with { StatedUnclearJudgedFrom = 0.3 }, StatedBlocked);

        Assert.Multiple(() =>
        {
            Assert.That(result.Reason?.L2, Is.EqualTo("Customer IT Infrastructure and Remediation"));
            Assert.That(result.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"));
        });
    }

    [Test]
    public void A_stated_status_the_model_overrules_is_unclear_when_the_head_says_so_and_keeps_the_models_status()
    {
        // The writer states NoIntent; the model reads Blocked on the proxy (0.9), so NoIntent gets far less than
        // StatedWinsFrom and the model's status stands.
        var model = Model(reader: ("Blocked|Customer IT Infrastructure and Remediation", 0.9), unclearYes: 0.6);

        var on = Check(model, Plain with { OverruledUnclearJudgedFrom = 0.5 }, StatedWithForeignReason);
        var off = Check(model, Plain, StatedWithForeignReason);
        var unsure = Check(Model(reader: ("Blocked|Customer IT Infrastructure and Remediation", 0.9), unclearYes: 0.3), Plain with { OverruledUnclearJudgedFrom = 0.5 }, StatedWithForeignReason);

        Assert.Multiple(() =>
        {
            Assert.That(on.Status, Is.EqualTo(NoteStatus.Blocked), "the model's status, flagged rather than replaced");
            Assert.That(on.Findings.Select(f => f.RuleId), Does.Contain("status-unclear"));
            Assert.That(on.Grade, Is.EqualTo(Grade.Bad));
            Assert.That(off.Status, Is.EqualTo(NoteStatus.Blocked));
            Assert.That(off.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"), "never: the head is not asked");
            Assert.That(unsure.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"), "below the threshold");
        });
    }

    [Test]
    public void A_stated_status_the_model_agrees_with_is_not_asked_about_by_the_overruled_threshold()
    {
        var model = Model(reader: ("Blocked|Customer IT Infrastructure and Remediation", 0.9), unclearYes: 0.99);

        var result = Check(model, Plain with { OverruledUnclearJudgedFrom = 0.3 }, StatedBlocked);

        Assert.That(result.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"));
    }

    // A status code opening the note, a reason after it that the packs file under Blocked; the cues state no status.
    private const string LabelledNoIntentWithForeignReason = "NI – die Firewall lässt die Teams-Ports seit Wochen nicht zu.";

    // The same label opening a note about declining FastTrack while deploying.
    private const string LabelledNoIntentAboutFastTrack = "NI – Kunde lehnt FastTrack ab und rollt Intune mit dem eigenen Systemhaus aus.";

    [Test]
    public void A_status_label_opening_the_note_stands_against_the_model_and_makes_it_unclear_when_the_setting_says_so()
    {
        var model = Model(reader: ("Blocked|Customer IT Infrastructure and Remediation", 0.95), unclearYes: 0.01);

        var on = Check(model, Plain with { OpeningLabelWins = true }, LabelledNoIntentWithForeignReason);
        var off = Check(model, Plain, LabelledNoIntentWithForeignReason);

        Assert.Multiple(() =>
        {
            Assert.That(on.Status, Is.EqualTo(NoteStatus.NoIntent), "the writer's label");
            Assert.That(on.Findings.Select(f => f.RuleId), Does.Contain("status-unclear"));
            Assert.That(on.Grade, Is.EqualTo(Grade.Bad));
            Assert.That(off.Status, Is.EqualTo(NoteStatus.Blocked));
            Assert.That(off.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"));
        });
    }

    [Test]
    public void A_status_label_the_model_agrees_with_is_unclear_beside_another_status_reason_when_both_settings_say_so()
    {
        // The model reads the label's status without a reason, as such notes are labelled; the packs' words for the
        // reason (a firewall that blocks ports) are Blocked's.
        var model = Model(reader: ("NoIntent", 0.95), unclearYes: 0.01);

        var on = Check(model, Plain with { OpeningLabelWins = true, ForeignReasonUnclear = true }, LabelledNoIntentWithForeignReason);
        var labelOff = Check(model, Plain with { ForeignReasonUnclear = true }, LabelledNoIntentWithForeignReason);
        var foreignOff = Check(model, Plain with { OpeningLabelWins = true }, LabelledNoIntentWithForeignReason);

        Assert.Multiple(() =>
        {
            Assert.That(on.Status, Is.EqualTo(NoteStatus.NoIntent));
            Assert.That(on.Findings.Select(f => f.RuleId), Does.Contain("status-unclear"));
            Assert.That(on.Findings.Select(f => f.RuleId), Does.Not.Contain("missing-reason"), "a reason is given, only not one NoIntent can have");
            Assert.That(on.Grade, Is.EqualTo(Grade.Bad));
            Assert.That(labelOff.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"), "without the eleventh setting a label is not a stated status");
            Assert.That(labelOff.Findings.Select(f => f.RuleId), Does.Contain("missing-reason"), "read as a stated NoIntent without a reason of its own");
            Assert.That(foreignOff.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"));
        });
    }

    [TestCase("NI wg. der Firewall, die die Teams-Ports seit Wochen nicht zulässt.")]
    [TestCase("Keine Absicht wegen der Firewall, die die Teams-Ports nicht zulässt.")]
    [TestCase("Kein Interesse, weil die Firewall die Teams-Ports nicht zulässt.")]
    public void A_status_label_followed_straight_by_the_reason_stands_against_the_model(string note)
    {
        // No dash or colon after the label: the opening ends where the reason marker begins.
        var model = Model(reader: ("Blocked|Customer IT Infrastructure and Remediation", 0.95), unclearYes: 0.01);

        var result = Check(model, Plain with { OpeningLabelWins = true }, note);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(NoteStatus.NoIntent), "the writer's label");
            Assert.That(result.Findings.Select(f => f.RuleId), Does.Contain("status-unclear"));
            Assert.That(result.Grade, Is.EqualTo(Grade.Bad));
        });
    }

    [Test]
    public void A_status_label_the_model_agrees_with_or_no_intent_to_use_FastTrack_is_not_unclear()
    {
        var agrees = Check(Model(reader: ("NoIntent|Using Competitive Solution", 0.95), unclearYes: 0.01), Plain with { OpeningLabelWins = true }, "NI – Kunde setzt konzernweit auf Zoom.");
        var fastTrack = Check(Model(reader: ("InProgress", 0.95), unclearYes: 0.01), Plain with { OpeningLabelWins = true }, LabelledNoIntentAboutFastTrack);

        Assert.Multiple(() =>
        {
            Assert.That(agrees.Status, Is.EqualTo(NoteStatus.NoIntent));
            Assert.That(agrees.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"));
            Assert.That(fastTrack.Status, Is.EqualTo(NoteStatus.InProgress), "declining FastTrack while deploying is InProgress (ftc-not-service)");
            Assert.That(fastTrack.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"));
        });
    }

    [Test]
    public void A_note_read_with_a_status_is_unclear_when_the_reader_head_gives_Undetermined_the_settings_share()
    {
        // Blocked with the infrastructure reason 0.8: each of the seven other labels, Undetermined among them, gets 0.2 / 7.
        // The status-unclear head says no (0.01), so only the Undetermined share can call the note unclear.
        var model = Model(reader: ("Blocked|Customer IT Infrastructure and Remediation", 0.8), unclearYes: 0.01);

        var on = Check(model, Plain with { UndeterminedUnclearFrom = 0.02 }, FactsOnly);
        var above = Check(model, Plain with { UndeterminedUnclearFrom = 0.05 }, FactsOnly);
        var off = Check(model, Plain, FactsOnly);
        var undetermined = Check(Model(reader: ("Undetermined", 0.8), unclearYes: 0.01), Plain with { UndeterminedUnclearFrom = 0.02 }, FactsOnly);

        Assert.Multiple(() =>
        {
            Assert.That(on.Status, Is.EqualTo(NoteStatus.Blocked), "the decision's status, flagged rather than replaced");
            Assert.That(on.Findings.Select(f => f.RuleId), Does.Contain("status-unclear"), "Undetermined 0.029 is over 0.02");
            Assert.That(on.Grade, Is.EqualTo(Grade.Bad));
            Assert.That(above.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"), "0.029 is under 0.05");
            Assert.That(off.Findings.Select(f => f.RuleId), Does.Not.Contain("status-unclear"), "never: the share is not asked");
            Assert.That(undetermined.Status, Is.EqualTo(NoteStatus.Undetermined), "a note read as Undetermined is not asked about its share of it");
        });
    }

    [Test]
    public void A_sure_no_from_the_model_overrules_the_broad_area_words_of_vague_reason()
    {
        // "Sicherheitsgründe" is one of the pack's broad-area words; nothing specific stands beside it. The settings
        // decide whether the vague-reason head's no (0.99, then 0.95) outweighs the words.
        const string note = "Blockiert aus Sicherheitsgründen.";
        var sureNo = Model(reader: ("Blocked", 0.9), unclearYes: 0.01, vagueYes: 0.01);
        var unsureNo = Model(reader: ("Blocked", 0.9), unclearYes: 0.01, vagueYes: 0.05);

        var off = Check(sureNo, Plain, note);
        var on = Check(sureNo, Plain with { VagueWordsOverruledFrom = 0.98 }, note);
        var notSureEnough = Check(unsureNo, Plain with { VagueWordsOverruledFrom = 0.98 }, note);

        Assert.Multiple(() =>
        {
            Assert.That(off.Findings.Select(f => f.RuleId), Does.Contain("vague-reason"), "never: the words stand on their own");
            Assert.That(on.Findings.Select(f => f.RuleId), Does.Not.Contain("vague-reason"), "the model's no 0.99 is over 0.98");
            Assert.That(notSureEnough.Findings.Select(f => f.RuleId), Does.Contain("vague-reason"), "the model's no 0.95 is under 0.98");
            Assert.That(on.Status, Is.EqualTo(NoteStatus.Blocked));
        });
    }

    [Test]
    public void Settings_a_model_file_cannot_have_meant_are_named()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Plain.Problem(), Is.Null);
            Assert.That((Plain with { UnclearJudgedFrom = 0 }).Problem(), Does.Contain("UnclearJudgedFrom"));
            Assert.That((Plain with { JudgedAddsFrom = 0 }).Problem(), Does.Contain("JudgedAddsFrom"));
            Assert.That((Plain with { StatedUnclearJudgedFrom = 0 }).Problem(), Does.Contain("StatedUnclearJudgedFrom"));
            Assert.That((Plain with { ClearReadFrom = 0 }).Problem(), Does.Contain("ClearReadFrom"));
            Assert.That((Plain with { ClearReadUnclearJudgedFrom = 0 }).Problem(), Does.Contain("ClearReadUnclearJudgedFrom"));
            Assert.That((Plain with { OverruledUnclearJudgedFrom = 0 }).Problem(), Does.Contain("OverruledUnclearJudgedFrom"));
            Assert.That((Plain with { UndeterminedUnclearFrom = 0 }).Problem(), Does.Contain("UndeterminedUnclearFrom"));
            Assert.That((Plain with { VagueWordsOverruledFrom = 0 }).Problem(), Does.Contain("VagueWordsOverruledFrom"));
        });
    }

    private static CheckResult Check(ReaderModel model, DecisionSettings settings, string note) =>
        new NoteChecker(RulesOnly.Value.Packs, new LearnedDecider(model.WithDecision(settings))).Check(new NoteInput(note, "de"));

    private static readonly string[] ReaderLabels =
    [
        "Blocked", "Blocked|Customer IT Infrastructure and Remediation", "NoIntent", "NoIntent|Using Competitive Solution",
        "InProgress", "Unknown", "DuplicateInvalid", "Undetermined",
    ];

    /// <summary>A model that gives <paramref name="reader"/>'s label that probability (the rest shared evenly), the
    /// status-unclear head <paramref name="unclearYes"/> and, when given, a vague-reason head <paramref name="vagueYes"/>,
    /// whatever the note.</summary>
    private static ReaderModel Model((string Label, double P) reader, double unclearYes, double? vagueYes = null)
    {
        var others = (1 - reader.P) / (ReaderLabels.Length - 1);
        var yes = vagueYes is { } v ? new[] { unclearYes, v } : [unclearYes];
        var biases = ReaderLabels.Select(l => (float)Math.Log(l == reader.Label ? reader.P : others))
            .Concat(yes.Select(p => (float)Math.Log(p / (1 - p))))
            .ToArray();
        var heads = new List<ModelHead>
        {
            new("reader", 0, ReaderLabels),
            new(ReaderModel.RuleHeadPrefix + StatusUnclearRule.RuleId, ReaderLabels.Length, ["no", "yes"]),
        };
        if (vagueYes is not null)
        {
            heads.Add(new(ReaderModel.RuleHeadPrefix + "vague-reason", ReaderLabels.Length + 2, ["no", "yes"]));
        }

        return new ReaderModel(FeatureOptions.Default, Plain, new ModelProvenance("", 0, [], ""), heads, biases, new Dictionary<int, float[]>());
    }
}
