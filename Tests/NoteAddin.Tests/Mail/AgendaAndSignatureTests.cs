using static NoteAddin.Tests.Mail.MailFixture;

namespace NoteAddin.Tests.Mail;

/// <summary>
/// Parts of a mail that name workloads without being notes: agenda items (a time closes them, or the writer announced
/// an agenda, a list of questions or answers to the reader's), and signature blocks whose sign-off the reader does not know.
/// </summary>
public class AgendaAndSignatureTests
{
    [TestCase("Hallo zusammen,\n\nhier die Tagesordnung für Freitag. Den Raum habe ich reserviert.\n\n1. Begrüßung (5 Min.)\n2. Exchange Online – Stand der Migration (20 Min.)\n3. Intune: Rollout im Außendienst (15 Min.)\n\nGruß\nEmma")]
    [TestCase("Hallo zusammen,\n\nder Ablauf am Dienstag:\n\n09:00 Begrüßung\nTeams – Erfahrungen aus dem Pilot (09:15)\nSharePoint – Informationsarchitektur (10:30)\n\nGruß\nEmma")]
    [TestCase("Hi all,\n\nThe plan for Friday's review is below.\n\n1. Welcome (5 min)\n2. Exchange Online – migration status (20 minutes)\n3. Intune: field rollout (15 mins)\n\nThanks,\nEmma")]
    [TestCase("Hi all,\n\nTimings for Tuesday:\n\nTeams – lessons from the pilot (09:15)\nSharePoint – information architecture (10:30–11:30)\n\nThanks,\nEmma")]
    public void Agenda_items_ending_in_their_time_are_no_notes(string body)
    {
        Assert.That(NotesOf(body), Is.Empty);
    }

    [TestCase("Hallo Frau Ahrens,\n\nfür unseren Workshop am 12. Mai schlage ich folgende Agenda vor:\n\n- Exchange Online: Hybrid-Design und offene Fragen\n- Intune: Anforderungen der Informationssicherheit\n\nViele Grüße\nJonas")]
    [TestCase("Hallo Herr Pohl,\n\nvorab hätte ich noch zwei Fragen:\n\n1. Teams: Wer verantwortet die Telefonie?\n2. OneDrive: Gibt es eine Vorgabe zur Synchronisierung\n\nViele Grüße\nJonas")]
    [TestCase("Hi Amir,\n\nHere's the agenda I'd propose for Thursday (10:00–11:30):\n\n- Exchange Online: hybrid design and open questions\n- Intune: security requirements\n\nBest,\nJonas")]
    [TestCase("Hi Amir,\n\nThis is what I'd like to cover on Thursday:\n\n- SharePoint Online: site structure\n- Teams: naming policy\n\nBest,\nJonas")]
    [TestCase("Hallo Herr Sauer,\n\ngern beantworte ich Ihre Fragen:\n\n1. Ja, die Android-Scanner lassen sich über Intune als dedizierte Geräte verwalten.\n2. Für den Pilot reichen zehn Testgeräte.\n\nGruß\nJonas")]
    [TestCase("Hi Ben,\n\nTo answer your questions:\n\n1. Yes, Intune can manage the Android scanners as dedicated devices.\n2. Ten test devices are enough for the pilot.\n\nBest,\nJonas")]
    public void A_list_the_writer_introduces_as_an_agenda_or_questions_is_no_note(string body)
    {
        Assert.That(NotesOf(body), Is.Empty);
    }

    [Test]
    public void A_list_of_questions_after_the_notes_leaves_the_notes_alone()
    {
        const string body = "Hallo,\n\nExchange Online: Migration abgeschlossen, alle 300 Postfächer sind umgezogen.\n\n"
            + "Zur Vorbereitung des nächsten Termins hätte ich noch Fragen:\n\n- Teams: Wer ist für die Telefonie zuständig\n\nGruß";
        Assert.That(NotesOf(body).Select(n => n.Workload), Is.EqualTo(new[] { "Exchange Online" }));
    }

    [TestCase("Hallo Frau Jäger,\n\nDonnerstag passt gut, bis dann.\n\nMerci et à bientôt,\nLena\n\nLena Martin\nTeams Consultant\nContoso Conseil SARL\nT +33 1 55 55 01 23", "Re: Teams Workshop")]
    [TestCase("Hi Bruno,\n\nThursday works for me, see you then.\n\nCiao e a presto,\nLena\n\nLena Martin\nIntune Specialist\nContoso Consulting S.r.l.\nM +39 02 5550 1234", "Re: Intune workshop")]
    public void A_signature_block_after_an_unknown_sign_off_is_no_note(string body, string subject)
    {
        Assert.That(NotesOf(body, subject), Is.Empty);
    }

    [TestCase("Hallo Herr Kluge,\n\nvielen Dank für Ihre Fragen, hier der aktuelle Stand:\n\nTeams: Rollout an 4 von 6 Standorten abgeschlossen.\n\nGruß")]
    [TestCase("Hi Rob,\n\nThanks for your questions. Here are the notes as they stand in the portal:\n\nTeams: Rollout finished at 4 of 6 sites.\n\nBest")]
    public void Thanks_for_questions_before_the_notes_leave_the_notes_alone(string body)
    {
        Assert.That(NotesOf(body).Select(n => n.Workload), Is.EqualTo(new[] { "Teams" }));
    }

    [Test]
    public void A_note_line_right_above_a_phone_number_stays_a_note()
    {
        const string body = "Hi,\n\nTeams: Rollout finished for all 12 sites.\nPhone: +44 20 5550 1234\n\nThanks";
        Assert.That(NotesOf(body).Select(n => n.Workload), Is.EqualTo(new[] { "Teams" }));
    }
}
