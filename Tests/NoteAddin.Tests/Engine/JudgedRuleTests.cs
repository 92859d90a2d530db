using NoteAddin.Checking;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Tests.Engine;

/// <summary>
/// The Error rules the model judges (no-primary-issue, missing-reason, no-contact-attempts) take the
/// model's "yes" as an extra reason to fire and never its "no" as a reason not to: a Bad note read as Good is the
/// costliest mistake; implied-reason, a Warning whose words are wrong more often than right, takes the model's word
/// both ways when the model judges it. The model is replaced here by the rules' own decision plus a fixed judgement,
/// so each case shows the combination, not what a trained model happens to think of the note.
/// </summary>
public class JudgedRuleTests
{
    private const string ClearBlockedNote = "Kunde ist blockiert, weil die Proxy-Konfiguration die Teams-Medienverbindungen nicht zulässt. Die IT stellt den Proxy bis 31. Mai um.";

    [TestCase("no-primary-issue")]
    [TestCase("missing-reason")]
    public void A_judged_yes_adds_the_error_the_words_did_not_raise(string rule)
    {
        Assert.That(RuleIds(ClearBlockedNote, rule, judged: false), Does.Not.Contain(rule), "the words alone find nothing here");

        var result = Check(ClearBlockedNote, rule, judged: true);

        Assert.That(result.Findings.Select(f => f.RuleId), Does.Contain(rule));
        Assert.That(result.Grade, Is.EqualTo(Grade.Bad));
    }

    [TestCase("Kunde reagiert nicht.", "no-contact-attempts")]
    [TestCase("Kunde ist blockiert aufgrund von Cloud/Daten/gesetzliche Vorgaben.", "no-primary-issue")]
    [TestCase("Kunde hat kein Interesse.", "missing-reason")]
    public void A_judged_no_never_takes_back_what_the_words_raised(string note, string rule)
    {
        Assert.That(RuleIds(note, rule, judged: false), Does.Contain(rule));
    }

    [Test]
    public void The_model_decides_engagement_info_from_its_threshold_for_adding_an_error()
    {
        // A kickoff line with a status; the words alone would call it engagement info, the model is asked instead.
        const string note = "Kickoff für Intune am 12. März mit der IT-Leitung vereinbart, danach folgt der Pilot.";
        IEnumerable<string> At(double addsFrom) => new NoteChecker(EngineFixture.Checker.Packs, new Judging("engagement-info", 0.3f, addsFrom))
            .Check(new NoteInput(note, "de")).Findings.Select(f => f.RuleId);

        Assert.Multiple(() =>
        {
            Assert.That(At(0.2), Does.Contain("engagement-info"), "0.3 reaches a threshold of 0.2");
            Assert.That(At(0.5), Does.Not.Contain("engagement-info"), "0.3 is below an even chance");
        });
    }

    [Test]
    public void A_model_that_judges_implied_reason_decides_it_both_ways()
    {
        // A merger as the only why, which the words call implied, and a concrete blocker, which they let pass.
        const string conditioned = "Bis die Fusion mit der Muttergesellschaft abgeschlossen ist, wird der Kunde Teams nicht bereitstellen.";
        const string concrete = ClearBlockedNote;
        Assert.That(RuleIds(conditioned, "other-rule", judged: false), Does.Contain("implied-reason"), "the words alone raise it here");
        Assert.That(RuleIds(concrete, "other-rule", judged: false), Does.Not.Contain("implied-reason"), "the words alone find nothing here");

        Assert.Multiple(() =>
        {
            Assert.That(RuleIds(conditioned, "implied-reason", judged: false), Does.Not.Contain("implied-reason"), "the model's no takes it back");
            Assert.That(RuleIds(concrete, "implied-reason", judged: true), Does.Contain("implied-reason"), "the model's yes adds it");
        });
    }

    private static IEnumerable<string> RuleIds(string note, string rule, bool judged) =>
        Check(note, rule, judged).Findings.Select(f => f.RuleId);

    private static CheckResult Check(string note, string rule, bool judged)
    {
        var checker = new NoteChecker(EngineFixture.Checker.Packs, new Judging(rule, judged ? 0.9f : 0.1f, RuleJudgements.Fires));
        return checker.Check(new NoteInput(note, "de"));
    }

    /// <summary>Decides as the rule packs do and gives one rule a fixed probability.</summary>
    private sealed class Judging(string rule, float probability, double addsFrom) : IStatusDecider
    {
        public StatusDecision Decide(NoteReading reading, DecisionEvidence evidence) =>
            RuleDecider.Instance.Decide(reading, evidence) with
            {
                Judgements = new RuleJudgements([rule], [probability], addsFrom),
            };
    }
}
