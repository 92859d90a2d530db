using NoteAddin.Checking.Mail;
using static NoteAddin.Tests.Mail.MailFixture;

namespace NoteAddin.Tests.Mail;

/// <summary>
/// Statements that name no workload are a mail's note only when the mail holds no other and something says they are
/// one: the mail announces them ("Im Portal steht jetzt:"), they speak of the customer, or the subject is a
/// workload's status. Anything else — travel plans, slides, leave, a list the writer asks for — is the mail's own business.
/// </summary>
public class LooseNoteTests
{
    [TestCase("Hallo Frau Simon,\n\nim Portal habe ich folgende Notiz hinterlegt:\n\n„Keine Rückmeldung auf drei Anfragen seit Februar, Ansprechpartner unbekannt.“\n\nViele Grüße\nJan",
        "Keine Rückmeldung auf drei Anfragen seit Februar, Ansprechpartner unbekannt.")]
    [TestCase("Hi Lisa,\n\nFor the remaining entitlement I've entered this note:\n\n\"No reply to three requests since February, contact unknown.\"\n\nBest,\nJan",
        "No reply to three requests since February, contact unknown.")]
    public void An_announced_note_is_the_mails_note_without_its_quotation_marks(string body, string words)
    {
        var result = Text(body, "Rückmeldung");
        Assert.Multiple(() =>
        {
            Assert.That(Notes(result, body), Is.EqualTo(new (string, string?)[] { (words, null) }));
            Assert.That(result.Notes[0].WorkloadSource, Is.Null);
        });
    }

    [TestCase("Status OneDrive – Fabrikam", "Hallo Herr Reuter,\n\nKnown Folder Move ist für 300 von 450 Nutzern aktiv, der Rest folgt im Juni.\n\nViele Grüße\nAnna",
        "Known Folder Move ist für 300 von 450 Nutzern aktiv, der Rest folgt im Juni.")]
    [TestCase("Update Windows 11 – Fabrikam", "Hi Rick,\n\nThe rollout is running, 900 of 1,400 devices are upgraded and the last ring follows in June.\n\nBest,\nAnna",
        "The rollout is running, 900 of 1,400 devices are upgraded and the last ring follows in June.")]
    public void A_status_subject_makes_the_body_statement_its_workloads_note(string subject, string body, string words)
    {
        var result = Text(body, subject);
        Assert.Multiple(() =>
        {
            Assert.That(Notes(result, body).Select(n => n.Words), Is.EqualTo(new[] { words }));
            Assert.That(result.Notes[0].WorkloadSource, Is.EqualTo(WorkloadSource.Subject));
        });
    }

    [TestCase("Re: Teams Rooms Workshop", "Hallo Herr Wolf,\n\nwir landen um 9:40 in Stuttgart und sind gegen 10:30 bei Ihnen. Die Präsentation bringe ich auf einem Stick mit.\n\nViele Grüße\nEva")]
    [TestCase("Intune workshop slides", "Hi Greta,\n\nThe slides from this morning are on the project site, and the recording follows tonight.\n\nBest,\nEva")]
    [TestCase("Re: Exchange Online go-live", "Hi Greta,\n\nThe hypercare phase runs until 30 May as agreed.\n\nBest,\nEva")]
    public void Statements_about_the_mails_own_business_are_no_notes(string subject, string body)
    {
        Assert.That(NotesOf(body, subject), Is.Empty);
    }

    [TestCase("Status Intune – Fabrikam", "Hallo Frau Arndt,\n\nkönnten Sie zum Termin Folgendes mitbringen:\n\n- die aktuelle Geräteliste\n- die Zugangsdaten zum Testmandanten\n\nViele Grüße\nEva")]
    [TestCase("Status Intune – Fabrikam", "Hi Jamal,\n\nThings I'd need from you before Thursday:\n\n- the current device list\n- access to the test tenant\n\nBest,\nEva")]
    public void A_list_the_writer_asks_for_is_no_note(string subject, string body)
    {
        Assert.That(NotesOf(body, subject), Is.Empty);
    }

    [Test]
    public void All_workloads_label_a_note_of_no_workload_in_particular()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NotesOf("Hallo,\n\nAlle Workloads: Kunde reagiert nicht auf 4 Kontaktversuche, Managed Account.\n\nGruß"),
                Is.EqualTo(new (string, string?)[] { ("Kunde reagiert nicht auf 4 Kontaktversuche, Managed Account.", null) }));
            Assert.That(NotesOf("Hi,\n\nAll workloads: customer does not respond to 4 contact attempts, managed account.\n\nThanks"),
                Is.EqualTo(new (string, string?)[] { ("customer does not respond to 4 contact attempts, managed account.", null) }));
        });
    }
}
