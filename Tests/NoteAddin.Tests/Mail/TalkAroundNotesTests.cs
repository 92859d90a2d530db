using static NoteAddin.Tests.Mail.MailFixture;

namespace NoteAddin.Tests.Mail;

/// <summary>
/// Sentences that name a workload but talk with the reader instead of stating the customer's intent: requests, the
/// writer's own next steps and offers, absences, thanks and other remarks, explanations of what FastTrack or a licence
/// offers, and talk about the portal entry itself. None is a note, wherever it stands in its sentence.
/// </summary>
public class TalkAroundNotesTests
{
    [TestCase("Hallo Frau Brandt,\n\nzu Intune hätte ich gern noch die aktuelle Geräteliste von Ihnen, damit ich den Pilot planen kann.\n\nViele Grüße\nTom")]
    [TestCase("Hallo Herr Ochs,\n\nfür SharePoint bräuchte ich bis Freitag die Liste der Abteilungslaufwerke.\n\nGruß\nIna")]
    [TestCase("Hi Maya,\n\nFor Intune it would help to have the device inventory before our next session.\n\nThanks,\nTom")]
    [TestCase("Hi Joe,\n\nOnce the Teams licences are assigned, let me know and we start with the porting.\n\nBest,\nIna")]
    public void A_request_to_the_reader_is_no_note(string body)
    {
        Assert.That(NotesOf(body), Is.Empty);
    }

    [TestCase("Hallo Herr Sommer,\n\nfür den Teams-Rollout würde ich Ihnen gern zusätzliche Schulungstermine im Juni anbieten.\n\nViele Grüße\nKatja")]
    [TestCase("Hallo Frau Lenz,\n\nden Migrationsplan für Exchange Online schicke ich Ihnen bis Mittwoch.\n\nGruß\nOle")]
    [TestCase("Hallo Herr Roth,\n\nfür die Einführung von Copilot schlage ich einen Readiness-Workshop Anfang Juli vor.\n\nGruß\nOle")]
    [TestCase("Hi Rosa,\n\nFor Copilot I'd suggest a short readiness workshop early in July.\n\nBest,\nKatja")]
    [TestCase("Hi Sean,\n\nOn Defender for Endpoint we will send you the onboarding scripts by Wednesday.\n\nRegards,\nOle")]
    public void The_writers_own_next_step_or_offer_is_no_note(string body)
    {
        Assert.That(NotesOf(body), Is.Empty);
    }

    [TestCase("Hallo Herr Busch,\n\ndas Angebot für die 200 Copilot-Lizenzen finden Sie im Anhang, die Preise gelten bis Ende Juni.\n\nGruß\nVera")]
    [TestCase("Hallo Herr Lang,\n\nbeim Kick-off bin ich dabei und bringe Herrn Ott mit, der bei Ihnen Defender for Endpoint betreuen wird.\n\nGruß\nVera")]
    [TestCase("Hi Victor,\n\nThe quote for the 200 Copilot licences is attached; prices hold until the end of June.\n\nBest,\nVera")]
    public void Attachments_and_the_writers_own_schedule_are_no_notes(string body)
    {
        Assert.That(NotesOf(body), Is.Empty);
    }

    [TestCase("Hallo zusammen,\n\nvom 4. bis 15. Mai bin ich im Urlaub; Fragen zu Intune und Teams beantwortet in der Zeit Jan Peters.\n\nViele Grüße\nMona")]
    [TestCase("Hi all,\n\nI'm away from 4 to 15 May; Jan Peters will cover the Intune and Teams questions in the meantime.\n\nBest,\nMona")]
    public void An_absence_note_is_no_note(string body)
    {
        Assert.That(NotesOf(body), Is.Empty);
    }

    [TestCase("Hallo Frau Vogt,\n\nherzlichen Glückwunsch zum gelungenen Go-live von Exchange Online am Wochenende!\n\nViele Grüße\nPaul")]
    [TestCase("Hallo Herr Kern,\n\nes hat mir großen Spaß gemacht, das SharePoint-Projekt mit Ihrem Team umzusetzen.\n\nViele Grüße\nPaul")]
    [TestCase("Hallo Herr Kern,\n\nder Umzug der Teams-Telefonie über Ostern war ja nicht ganz einfach.\n\nViele Grüße\nPaul", "Re: Teams")]
    [TestCase("Hi Ruth,\n\nCongratulations on the Exchange Online go-live – great news for the whole team!\n\nBest,\nPaul")]
    [TestCase("Hi Ruth,\n\nPerfect, thank you – that clears up the OneDrive question for me.\n\nBest,\nPaul")]
    public void Thanks_congratulations_and_other_remarks_are_no_notes(string body, string? subject = null)
    {
        Assert.That(NotesOf(body, subject), Is.Empty);
    }

    [TestCase("Hallo Herr Ernst,\n\nFastTrack kann Sie bei der Migration nach Exchange Online kostenfrei unterstützen, sobald die Lizenzen zugewiesen sind.\n\nGruß\nLea")]
    [TestCase("Hi Nick,\n\nDefender for Endpoint Plan 2 comes with Microsoft 365 E5, or you can buy it on its own.\n\nCheers,\nLea")]
    public void An_explanation_of_what_fasttrack_or_a_licence_offers_is_no_note(string body)
    {
        Assert.That(NotesOf(body), Is.Empty);
    }

    [Test]
    public void A_sentence_about_the_portal_entry_is_no_note_but_hands_its_workload_to_the_next()
    {
        const string de = "Hallo Frau Ludwig,\n\nauch bei SharePoint gibt es einen neuen Stand. Die Migration der 14 Projektlaufwerke ist abgeschlossen, "
            + "die Berechtigungen werden bis Ende Mai bereinigt.\n\nViele Grüße\nAnton";
        const string en = "Hi Gwen,\n\nFor Intune I have changed the entry in the portal. Enrolment of the 300 kiosk devices is complete and the "
            + "remaining laptops follow in June.\n\nBest,\nAnton";
        Assert.Multiple(() =>
        {
            Assert.That(NotesOf(de), Is.EqualTo(new (string, string?)[]
            {
                ("Die Migration der 14 Projektlaufwerke ist abgeschlossen, die Berechtigungen werden bis Ende Mai bereinigt.", "SharePoint Online"),
            }));
            Assert.That(NotesOf(en), Is.EqualTo(new (string, string?)[]
            {
                ("Enrolment of the 300 kiosk devices is complete and the remaining laptops follow in June.", "Intune"),
            }));
        });
    }

    [TestCase("Hallo,\n\nZu Exchange Online: Sobald die Freigabe vorliegt, sollten wir einen Termin mit dem Datenschutz einplanen.\n\nTeams: Rollout läuft an 3 von 5 Standorten.\n\nGruß")]
    [TestCase("Hi,\n\nOn Exchange Online: do you already know whether the archive migration is in scope? If so, I'd update the entry.\n\nTeams: Rollout runs at 3 of 5 sites.\n\nThanks")]
    public void A_labelled_line_that_only_talks_is_no_note(string body)
    {
        Assert.That(NotesOf(body).Select(n => n.Workload), Is.EqualTo(new[] { "Teams" }));
    }

    [TestCase("Hallo,\n\nMicrosoft 365 Apps\nOffice 2019 ist noch im Einsatz, der Umstieg ist für Oktober geplant.\nSobald der Termin steht, melde ich mich bei Ihnen.\n\nGruß",
        "Office 2019 ist noch im Einsatz, der Umstieg ist für Oktober geplant.")]
    [TestCase("Hi,\n\nMicrosoft 365 Apps\nOffice 2019 is still in use, the move is planned for October.\nI'll send you the packaging checklist next week.\n\nThanks",
        "Office 2019 is still in use, the move is planned for October.")]
    public void A_headings_note_ends_where_the_talk_begins(string body, string words)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new[] { (words, (string?)"Microsoft 365 Apps") }));
    }

    [TestCase("Hallo,\n\nich habe das Protokoll im gemeinsamen Teams-Kanal abgelegt.\n\nGruß")]
    [TestCase("Hi,\n\nThe recording is in the Teams channel of the project.\n\nThanks")]
    public void A_teams_channel_is_a_place_not_the_workload(string body)
    {
        Assert.That(NotesOf(body), Is.Empty);
    }
}
