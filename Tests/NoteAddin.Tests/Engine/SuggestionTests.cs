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
