using NoteAddin.Checking.Mail;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Rules;
using NoteAddin.Tests.Engine;
using static NoteAddin.Tests.Mail.MailFixture;

namespace NoteAddin.Tests.Mail;

/// <summary>What the mail checker adds around the mail reader: each note checked on its own, copies across workloads found.</summary>
public class MailCheckerTests
{
    [Test]
    public void Each_note_is_checked_like_a_single_note_of_its_workload()
    {
        const string body = "Hallo,\n\nExchange Online: Kunde ist blockiert, da der Proxy den Mailfluss blockiert.\nSharePoint: Keine Absicht.\n\nGruß";
        var result = Text(body);
        foreach (var note in result.Notes)
        {
            var alone = EngineFixture.Checker.Check(new NoteInput(body.Substring(note.Start, note.Length), null, note.Workload));
            Assert.That(note.Result, Is.EqualTo(alone).Using<CheckResult>(Same), note.Workload);
        }

        Assert.That(result.Notes[1].Result.Grade, Is.EqualTo(Grade.Bad), "\"Keine Absicht.\" gives no reason");
    }

    [Test]
    public void Each_note_has_its_own_language_and_the_mail_the_writers()
    {
        const string body = "Hallo Stefan,\n\nhier die Notizen, wie ich sie ins Portal eintragen würde:\n\n"
            + "OneDrive: Customer will not deploy because data residency requirements are not met.\n"
            + "Teams: Kunde ist blockiert, weil der Betriebsrat noch nicht zugestimmt hat.\n\nDanke und Gruß\nJulia";
        var result = Text(body);
        Assert.Multiple(() =>
        {
            Assert.That(result.Language, Is.EqualTo("de"));
            Assert.That(result.Notes.Select(n => n.Result.Language), Is.EqualTo(new[] { "en", "de" }));
        });
    }

    [Test]
    public void The_language_given_is_the_mails_and_notes_still_detect_their_own()
    {
        var result = Checker.Check(new MailInput("Teams: Customer is blocked by the proxy.", MailBodyType.Text, null, "de"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Language, Is.EqualTo("de"));
            Assert.That(result.Notes.Single().Result.Language, Is.EqualTo("en"));
        });
    }

    [Test]
    public void The_same_note_pasted_for_two_workloads_is_a_cross_finding_with_their_indexes()
    {
        const string body = "Hi,\n\nOneDrive: Customer will not deploy because data residency requirements are not met.\n"
            + "Teams: Rollout finished for all 2,000 users.\n"
            + "SharePoint Online: Customer will not deploy because data residency requirements are not met.\n\nThanks";
        var result = Text(body);
        Assert.Multiple(() =>
        {
            Assert.That(result.CrossFindings, Has.Count.EqualTo(1));
            Assert.That(result.CrossFindings[0].RuleId, Is.EqualTo(CopyPasteAcrossWorkloadsRule.RuleId));
            Assert.That(result.CrossFindings[0].Indexes, Is.EqualTo(new[] { 0, 2 }));
            Assert.That(result.CrossFindings[0].Message, Is.Not.Empty);
            Assert.That(result.Notes[0].Result.Findings.Select(f => f.RuleId), Does.Contain(CopyPasteAcrossWorkloadsRule.RuleId));
            Assert.That(result.Notes[1].Result.Findings.Select(f => f.RuleId), Does.Not.Contain(CopyPasteAcrossWorkloadsRule.RuleId));
        });
    }

    [Test]
    public void The_same_text_for_one_workload_or_an_unreachable_customer_is_no_copy()
    {
        const string body = "Hi,\n\nOneDrive: Customer has not responded to 3 emails and 2 calls since January.\n"
            + "Teams: Customer has not responded to 3 emails and 2 calls since January.\n\nThanks";
        Assert.That(Text(body).CrossFindings, Is.Empty, "the seed's FAQ allows the same Unknown note for every workload");
    }

    [TestCase("")]
    [TestCase("   \n\n  ")]
    [TestCase("Hallo Max,\n\nkönnen wir morgen telefonieren?\n\nGruß\nAnna")]
    public void A_mail_without_a_note_has_no_notes(string body)
    {
        var result = Text(body);
        Assert.Multiple(() =>
        {
            Assert.That(result.Notes, Is.Empty);
            Assert.That(result.CrossFindings, Is.Empty);
            Assert.That(result.Text, Is.Null, "a text mail's spans refer to its body");
        });
    }

    [Test]
    public void An_html_mail_returns_the_text_its_spans_refer_to()
    {
        const string body = "<div>Hallo,</div><div><b>Teams:</b>&nbsp;Rollout abgeschlossen für alle Standorte.</div><div>Gruß</div>";
        var result = Html(body);
        var note = result.Notes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Text, Is.EqualTo("Hallo,\nTeams: Rollout abgeschlossen für alle Standorte.\nGruß"));
            Assert.That(result.Text!.Substring(note.Start, note.Length), Is.EqualTo("Rollout abgeschlossen für alle Standorte."));
        });
    }

    [Test]
    public void Spans_count_utf16_units_as_javascript_does()
    {
        const string body = "🚀 Hallo 👋,\n\nTeams: 🚧 Kunde ist blockiert, da der Proxy den Medienverkehr blockiert.\n\nGruß";
        var note = Text(body).Notes.Single();
        Assert.That(body.Substring(note.Start, note.Length), Is.EqualTo("🚧 Kunde ist blockiert, da der Proxy den Medienverkehr blockiert."));
    }

    [Test]
    public void Windows_line_breaks_keep_spans_exact()
    {
        const string body = "Hallo,\r\n\r\nTeams: Rollout läuft.\r\nEXO: Migration blockiert wegen Zertifikaten.\r\n\r\nGruß";
        Assert.That(NotesOf(body), Is.EqualTo(new (string, string?)[] { ("Rollout läuft.", "Teams"), ("Migration blockiert wegen Zertifikaten.", "Exchange Online") }));
    }

    [Test]
    public void Too_deep_html_is_refused_by_the_engine_with_a_reason()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 2_000));
        var error = Assert.Throws<ArgumentException>(() => Html(html));
        Assert.That(error!.Message, Does.Contain("500 deep"));
    }

    private static bool Same(CheckResult a, CheckResult b) =>
        a.Language == b.Language && a.Status == b.Status && a.Grade == b.Grade && a.Score == b.Score && a.Reason == b.Reason
        && a.Findings.Select(f => (f.RuleId, f.Start, f.Length)).SequenceEqual(b.Findings.Select(f => (f.RuleId, f.Start, f.Length)))
        && a.Suggestion?.Text == b.Suggestion?.Text;
}
