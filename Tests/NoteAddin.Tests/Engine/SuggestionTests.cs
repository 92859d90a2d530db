using NoteAddin.Checking.Model;

namespace NoteAddin.Tests.Engine;

/// <summary>The rewrite: the template of the note's status whose slots the draft fills best.</summary>
public class SuggestionTests
{
    [TestCase("Customer does not respond to 4 contact attempts.", "unknown.no-response", "Customer does not respond to 4 contact attempts. [Managed|Unmanaged] account.")]
    [TestCase("Kunde reagiert nicht auf 2 Mails und 1 Anruf, nicht verwaltetes Konto, Kontakt über Partner.", null, null)]
    [TestCase("Duplicate.", "duplicate.reason", "Entitlement is duplicate because [reason].")]
    [TestCase("Scheduling a kickoff meeting to capture intent for a workload.", "unknown.cannot-determine", "Unable to determine the customer's intent for this workload.")]
    [TestCase("Customer cannot deploy because the proxy strips Teams media until the new appliance is live.", null, null)]
    public void The_template_and_its_filled_slots(string note, string? templateId, string? text)
    {
        var result = EngineFixture.Checker.Check(new NoteInput(note));
        if (templateId is null)
        {
            Assert.That(result.Grade, Is.EqualTo(Grade.Good));
            Assert.That(result.Suggestion, Is.Null, "a good note needs no rewrite");
            return;
        }

        Assert.That(result.Suggestion, Is.Not.Null);
        Assert.That(result.Suggestion!.TemplateId, Is.EqualTo(templateId));
        Assert.That(result.Suggestion.Text, Is.EqualTo(text));
    }

    // The phase slot takes whole words that can stand as a phase, and stays open where a finding says the note's
    // progress words are no detail of this workload's progress.
    [TestCase("Postfachmigration läuft, wahrscheinlich bis Juni.", "Exchange Online", "Onboarding wird ausgeführt, Fokus liegt auf Postfachmigration.")]
    [TestCase("Remaining mailboxes should probably be migrated by end of the month.", "Exchange Online", "Onboarding is running, focus is on mailboxes.")]
    [TestCase("The customer has probably configured the first devices.", "Intune", "Onboarding is running, focus is on devices.")]
    [TestCase("Migration läuft.", "Exchange Online", "Onboarding wird ausgeführt, Fokus liegt auf [Details].")]
    [TestCase("Migration in progress.", "SharePoint Online", "Onboarding is running, focus is on [details].")]
    [TestCase("Microsoft 365 Apps: Postfachmigration läuft, 400 von 600 umgezogen.", "Microsoft 365 Apps", "Onboarding wird ausgeführt, Fokus liegt auf [Details].")]
    public void The_phase_slot_takes_a_whole_phase_or_stays_open(string note, string workload, string text)
    {
        var result = EngineFixture.Checker.Check(new NoteInput(note, Workload: workload));
        Assert.That(result.Suggestion?.Text, Is.EqualTo(text));
    }

    // "after [focus] is completed" and "until [solution] is implemented" take a piece of work, never a time.
    [TestCase("Ende Juni", "de", true)]
    [TestCase("dem Sommer", "de", true)]
    [TestCase("30. April in Teams", "de", true)]
    [TestCase("dahin steht das Projekt", "de", true)]
    [TestCase("the summer holidays", "en", true)]
    [TestCase("end of Q1", "en", true)]
    [TestCase("dem Umzug des Rechenzentrums", "de", false)]
    [TestCase("die FDA-Inspektion im Herbst", "de", false)]
    [TestCase("the new intranet news hub is launched", "en", false)]
    public void Times_are_told_from_work(string phrase, string language, bool time) =>
        Assert.That(EngineFixture.Checker.Packs[language].SlotText.IsTime(phrase), Is.EqualTo(time));

    [Test]
    public void A_time_does_not_fill_the_focus_slot()
    {
        var result = EngineFixture.Checker.Check(new NoteInput("Umzug der Team-Ablagen aus dem alten Fileserver läuft, wird wohl wahrscheinlich bis Weihnachten dauern.", "de", "OneDrive"));
        Assert.That(result.Suggestion?.Text, Is.Not.Null.And.Not.Contain("Weihnachten"));
    }

    [Test]
    public void The_reason_clause_fills_the_primary_issue_without_the_german_verb()
    {
        var result = EngineFixture.Checker.Check(new NoteInput("Kunde wird aufgrund spezifischer Infrastruktur vor Ort nicht bereitstellen."));
        var primary = result.Suggestion!.Slots.Single(s => s.Name == "primäres Problem");
        Assert.That(primary.Value, Is.EqualTo("spezifischer Infrastruktur vor Ort"));
        Assert.That(primary.Filled, Is.True);
        Assert.That(result.Suggestion.Slots.Any(s => !s.Filled), Is.True, "the rest stays a visible placeholder");
        Assert.That(result.Suggestion.Text, Does.Contain("[potenzielle Lösung]").Or.Contain("[technische Details]"));
    }

    [Test]
    public void Every_status_has_its_templates_in_both_languages()
    {
        foreach (var (language, pack) in EngineFixture.Checker.Packs)
        {
            var ids = pack.Templates.Select(t => t.Id).ToArray();
            Assert.That(ids, Has.Length.EqualTo(13), language);
            foreach (var status in Enum.GetValues<NoteStatus>().Where(s => s != NoteStatus.Undetermined))
            {
                Assert.That(pack.Templates.Any(t => t.Status == status), Is.True, $"{language} {status}");
            }
        }
    }
}
