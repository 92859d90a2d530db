using static NoteAddin.Tests.Mail.MailFixture;

namespace NoteAddin.Tests.Mail;

/// <summary>
/// Which words are the note's own: in running text its sentence, or the part after an introduction ("Fürs Portal: …",
/// "On the Exchange side nothing has changed: …"), never the talk after it; in HTML a block of its own; on a labelled
/// line the status right after the separator, but not a status column between two separators.
/// </summary>
public class NoteSpanTests
{
    [TestCase("Hallo Frau Heller,\n\nbei Intune sind wir weiterhin blockiert, da die Geräte noch über MobileIron verwaltet werden und der Vertrag bis Ende Juni läuft. "
        + "Vorher können wir nichts parallel einschreiben, ohne dass die Außendienstler ihre Geräte einen Tag lang abgeben – das hatten Sie ja selbst ausgeschlossen.\n\nViele Grüße\nMax",
        "bei Intune sind wir weiterhin blockiert, da die Geräte noch über MobileIron verwaltet werden und der Vertrag bis Ende Juni läuft.", "Intune")]
    [TestCase("Hi Mel,\n\nOn Intune, the works council has asked for a consultation on compliance data before any enrolment, so we are blocked until their meeting on 9 June. "
        + "In the meantime we will prepare the compliance policies in a test group so that we can start right after the council gives the green light.\n\nBest,\nMax",
        "On Intune, the works council has asked for a consultation on compliance data before any enrolment, so we are blocked until their meeting on 9 June.", "Intune")]
    public void A_running_note_is_its_sentence_not_the_long_talk_after_it(string body, string words, string workload)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new[] { (words, (string?)workload) }));
    }

    [TestCase("Hallo Herr Lorenz,\n\nbei SharePoint ist die Sache damit klar: Keine Absicht, da die Ablage im DMS bleibt.\n\nGruß\nMia",
        "Keine Absicht, da die Ablage im DMS bleibt.", "SharePoint Online")]
    [TestCase("Hi Ron,\n\nOn the Exchange side nothing has changed: the customer stays on Exchange 2019 until the hardware is written off.\n\nBest,\nMia",
        "the customer stays on Exchange 2019 until the hardware is written off.", "Exchange Online")]
    [TestCase("Hallo Herr Lorenz,\n\nkurzer Stand fürs Portal zu Teams: Der Personalrat hat der Einführung zugestimmt, der Pilot startet im Juni.\n\nGruß\nMia",
        "Der Personalrat hat der Einführung zugestimmt, der Pilot startet im Juni.", "Teams")]
    [TestCase("Hi Ron,\n\nQuick status for the tracker on OneDrive: known folder move is live for 700 of 1,000 users.\n\nBest,\nMia",
        "known folder move is live for 700 of 1,000 users.", "OneDrive")]
    public void A_clause_introducing_the_note_before_a_colon_is_not_the_note(string body, string words, string workload)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new[] { (words, (string?)workload) }));
    }

    [TestCase("Hi Ron,\n\nExchange Online is blocked by the archive: the MX cutover waits until the journal export is done.\n\nBest,\nMia",
        "Exchange Online is blocked by the archive: the MX cutover waits until the journal export is done.")]
    [TestCase("Hallo Herr Lorenz,\n\nExchange Online ist durch das Archiv blockiert: die Umstellung wartet auf den Export der Journale.\n\nGruß\nMia",
        "Exchange Online ist durch das Archiv blockiert: die Umstellung wartet auf den Export der Journale.")]
    public void A_clause_holding_the_status_before_a_colon_is_the_notes_own(string body, string words)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new[] { (words, (string?)"Exchange Online") }));
    }

    [TestCase("<p>Hallo Frau Kurz,</p><p>Office 2016 läuft noch, der Umstieg auf Microsoft 365 Apps ist für Oktober geplant.</p><p>Sobald der Rollout-Plan steht, stimme ich mich mit Ihnen ab.</p><p>Gruß<br>Lars</p>",
        "Office 2016 läuft noch, der Umstieg auf Microsoft 365 Apps ist für Oktober geplant.")]
    [TestCase("<div>Hi Kate,</div><div>Office 2016 is still in use; the move to Microsoft 365 Apps is planned for October.</div><div>Once the rollout plan is final, we'll send it over.</div><div>Thanks,</div><div>Lars</div>",
        "Office 2016 is still in use; the move to Microsoft 365 Apps is planned for October.")]
    public void In_html_a_block_is_a_paragraph_of_its_own(string html, string words)
    {
        Assert.That(Notes(Html(html), html), Is.EqualTo(new[] { (words, (string?)"Microsoft 365 Apps") }));
    }

    [TestCase("Hallo,\n\n- SharePoint Online – In Bearbeitung – Aufbau der Bereichsseiten läuft, Migration bis Ende Juni.\n- Teams – Blockiert: Der Personalrat hat noch nicht zugestimmt.\n\nGruß",
        "Aufbau der Bereichsseiten läuft, Migration bis Ende Juni.", "Blockiert: Der Personalrat hat noch nicht zugestimmt.")]
    [TestCase("Hi,\n\n- SharePoint Online – In progress – site build-out is running, migration by end of June.\n- Teams: Blocked – the works council has not agreed yet.\n\nThanks",
        "site build-out is running, migration by end of June.", "Blocked – the works council has not agreed yet.")]
    public void A_status_column_between_separators_is_the_labels_a_status_after_one_separator_the_notes(string body, string sharePoint, string teams)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new (string, string?)[] { (sharePoint, "SharePoint Online"), (teams, "Teams") }));
    }

    [TestCase("Hallo,\n\nIntune – In Bearbeitung\nDer Pilot mit 30 Geräten ist abgeschlossen, der Rollout folgt ab Juni.\n\nWindows 11 – Blockiert\nDie Fachanwendung läuft noch nicht unter Windows 11.\n\nGruß",
        "Der Pilot mit 30 Geräten ist abgeschlossen, der Rollout folgt ab Juni.", "Die Fachanwendung läuft noch nicht unter Windows 11.")]
    [TestCase("Hi,\n\nIntune – In progress\nThe pilot with 30 devices is complete, the rollout follows from June.\n\nWindows 11 – Blocked\nThe line-of-business app does not run on Windows 11 yet.\n\nThanks",
        "The pilot with 30 devices is complete, the rollout follows from June.", "The line-of-business app does not run on Windows 11 yet.")]
    public void A_workload_and_status_heading_over_the_note(string body, string intune, string windows)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new (string, string?)[] { (intune, "Intune"), (windows, "Windows") }));
    }

    [Test]
    public void A_bare_status_on_a_labelled_line_is_still_the_note()
    {
        Assert.That(NotesOf("Hallo,\n\nSharePoint: Keine Absicht.\nTeams: Rollout läuft.\n\nGruß"), Is.EqualTo(new (string, string?)[]
        {
            ("Keine Absicht.", "SharePoint Online"),
            ("Rollout läuft.", "Teams"),
        }));
    }
}
