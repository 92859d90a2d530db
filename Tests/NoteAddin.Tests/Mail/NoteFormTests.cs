using NoteAddin.Checking.Mail;
using static NoteAddin.Tests.Mail.MailFixture;

namespace NoteAddin.Tests.Mail;

/// <summary>Every form a note takes in a mail, in German and in English: the span is the note's own words, without its label.</summary>
public class NoteFormTests
{
    [TestCase("Hallo Anna,\n\nExchange Online: Migration läuft, 400 von 1.200 Postfächern sind umgezogen.\n\nViele Grüße\nJonas",
        "Migration läuft, 400 von 1.200 Postfächern sind umgezogen.", "Exchange Online")]
    [TestCase("Hi Anna,\n\nTeams: Customer is blocked because the proxy drops media traffic.\n\nBest regards,\nJonas",
        "Customer is blocked because the proxy drops media traffic.", "Teams")]
    public void A_labelled_line(string body, string words, string workload)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new[] { (words, (string?)workload) }));
        Assert.That(Text(body).Notes[0].WorkloadSource, Is.EqualTo(WorkloadSource.Label));
    }

    [TestCase("Hallo,\n\n- Exchange Online – Migration läuft planmäßig.\n- SharePoint – Keine Absicht, der Kunde bleibt bei Box.\n\nGruß\nTim")]
    [TestCase("Hallo,\n\n• EXO - Migration läuft planmäßig.\n• SPO - Keine Absicht, der Kunde bleibt bei Box.\n\nGruß\nTim")]
    [TestCase("Hallo,\n\n1. Exchange Online: Migration läuft planmäßig.\n2) SharePoint Online -> Keine Absicht, der Kunde bleibt bei Box.\n\nGruß\nTim")]
    public void German_bullets_and_numbered_lists(string body)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new (string, string?)[]
        {
            ("Migration läuft planmäßig.", "Exchange Online"),
            ("Keine Absicht, der Kunde bleibt bei Box.", "SharePoint Online"),
        }));
    }

    [TestCase("Hi,\n\n- Intune – Customer is blocked until co-management is set up.\n* Azure AD — Password hash sync runs for all users.\n\nThanks,\nMia")]
    [TestCase("Hi,\n\n1. MEM: Customer is blocked until co-management is set up.\n2. Entra ID: Password hash sync runs for all users.\n\nThanks,\nMia")]
    public void English_bullets_and_numbered_lists(string body)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new (string, string?)[]
        {
            ("Customer is blocked until co-management is set up.", "Intune"),
            ("Password hash sync runs for all users.", "Microsoft Entra ID"),
        }));
    }

    [TestCase("Hallo,\n\n| Workload | Status | Notiz |\n|---|---|---|\n| Teams | In Bearbeitung | Rollout an 3 von 5 Standorten. |\n| OneDrive | Keine Absicht | |\n\nGruß",
        "Rollout an 3 von 5 Standorten.", "Keine Absicht")]
    [TestCase("Hi,\n\n| Workload | Status | Note |\n|:---|:---:|---|\n| Teams | In progress | Rollout at 3 of 5 sites. |\n| OneDrive | No intent | |\n\nThanks",
        "Rollout at 3 of 5 sites.", "No intent")]
    public void A_pipe_table_reads_workload_status_and_note_and_skips_header_and_rule_rows(string body, string teams, string oneDrive)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new (string, string?)[] { (teams, "Teams"), (oneDrive, "OneDrive") }));
    }

    [TestCase("Hi,\n\nWorkload\tStatus\tNote\nDefender for Endpoint\tBlocked\tCustomer keeps CrowdStrike until the contract ends in 2027.\nViva\tIn progress\tViva Engage communities are live for 2,000 users.\n\nThanks",
        "Customer keeps CrowdStrike until the contract ends in 2027.", "Viva Engage communities are live for 2,000 users.")]
    [TestCase("Hallo,\n\nWorkload\tStatus\tNotiz\nMDE\tBlockiert\tKunde behält CrowdStrike bis zum Vertragsende 2027.\nViva\tIn Bearbeitung\tViva-Engage-Communities sind für 2.000 Nutzer live.\n\nGruß",
        "Kunde behält CrowdStrike bis zum Vertragsende 2027.", "Viva-Engage-Communities sind für 2.000 Nutzer live.")]
    public void A_tab_table_as_pasted_from_a_spreadsheet(string body, string defender, string viva)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new (string, string?)[] { (defender, "Defender for Endpoint"), (viva, "Viva") }));
    }

    [Test]
    public void An_html_table_reads_one_row_per_line_with_cells_apart()
    {
        const string body = "<p>Hallo,</p><table><tr><td><p class=MsoNormal>Workload</p></td><td><p class=MsoNormal>Notiz</p></td></tr>"
            + "<tr><td><p class=MsoNormal>Purview</p></td><td><p class=MsoNormal>Vertraulichkeitsbezeichnungen sind für 3 Abteilungen ausgerollt.</p></td></tr></table><p>Gruß</p>";
        var result = Html(body);
        Assert.Multiple(() =>
        {
            Assert.That(Notes(result, body), Is.EqualTo(new (string, string?)[] { ("Vertraulichkeitsbezeichnungen sind für 3 Abteilungen ausgerollt.", "Purview Information Protection") }));
            Assert.That(result.Text, Does.Contain("Purview\tVertraulichkeitsbezeichnungen"));
        });
    }

    [TestCase("Hallo,\n\nTeams\nDie Telefonie läuft an 2 von 6 Standorten.\nDirect Routing folgt im Mai.\n\nGruß",
        "Die Telefonie läuft an 2 von 6 Standorten.\nDirect Routing folgt im Mai.", "Teams")]
    [TestCase("Hallo,\n\nStand Intune:\n\n- Autopilot-Profile sind erstellt\n- 150 von 800 Geräten sind registriert\n\nGruß",
        "Autopilot-Profile sind erstellt\n- 150 von 800 Geräten sind registriert", "Intune")]
    [TestCase("Hi,\n\n**Microsoft 365 Apps**\nCustomer moved 600 of 1,500 users to the Monthly Enterprise Channel.\n\nThanks",
        "Customer moved 600 of 1,500 users to the Monthly Enterprise Channel.", "Microsoft 365 Apps")]
    public void A_workload_heading_with_the_note_below(string body, string words, string workload)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new[] { (words, (string?)workload) }));
    }

    [TestCase("Hallo,\n\nTeams (In Bearbeitung): Meeting-Räume werden eingerichtet, 12 von 30 sind live.\nMDE (Blockiert): Onboarding erst nach Ablauf des Sophos-Vertrags.\n\nGruß")]
    public void German_status_labelled_lines(string body)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new (string, string?)[]
        {
            ("Meeting-Räume werden eingerichtet, 12 von 30 sind live.", "Teams"),
            ("Onboarding erst nach Ablauf des Sophos-Vertrags.", "Defender for Endpoint"),
        }));
    }

    [TestCase("Hi,\n\nTeams (In progress): Meeting rooms are being set up, 12 of 30 are live.\nMDA [blocked]: Customer waits for the works council to approve session policies.\n\nThanks")]
    public void English_status_labelled_lines(string body)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new (string, string?)[]
        {
            ("Meeting rooms are being set up, 12 of 30 are live.", "Teams"),
            ("Customer waits for the works council to approve session policies.", "Defender for Cloud Apps"),
        }));
    }

    [Test]
    public void German_running_paragraph_naming_one_workload_per_note()
    {
        const string body = "Hallo Michael,\n\nwie besprochen ein kurzer Überblick. Bei Exchange Online läuft die Migration, 800 von 1.000 Postfächern sind umgezogen. "
            + "Bei Intune sind wir dagegen blockiert, da die Geräte noch über SCCM verwaltet werden. Das Co-Management kommt erst im dritten Quartal.\n\n"
            + "Können wir am Donnerstag telefonieren?\n\nViele Grüße\nLena";
        var result = Text(body);
        Assert.Multiple(() =>
        {
            Assert.That(Notes(result, body), Is.EqualTo(new (string, string?)[]
            {
                ("Bei Exchange Online läuft die Migration, 800 von 1.000 Postfächern sind umgezogen.", "Exchange Online"),
                ("Bei Intune sind wir dagegen blockiert, da die Geräte noch über SCCM verwaltet werden. Das Co-Management kommt erst im dritten Quartal.", "Intune"),
            }));
            Assert.That(result.Notes.Select(n => n.WorkloadSource), Is.All.EqualTo(WorkloadSource.Text));
        });
    }

    [Test]
    public void English_running_paragraph_naming_one_workload()
    {
        const string body = "Hi Sam,\n\nthanks for your time today. For SharePoint Online the customer is blocked because the farm still runs custom InfoPath forms.\n\nBest,\nAva";
        Assert.That(NotesOf(body), Is.EqualTo(new (string, string?)[]
        {
            ("For SharePoint Online the customer is blocked because the farm still runs custom InfoPath forms.", "SharePoint Online"),
        }));
    }

    [Test]
    public void A_sentence_that_names_a_workload_but_states_nothing_is_no_note()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NotesOf("Hallo,\n\nwir haben heute lange über Teams gesprochen.\n\nGruß\nTim"), Is.Empty);
            Assert.That(NotesOf("Hi,\n\nI have attached the slides on Intune.\n\nBest,\nTim"), Is.Empty);
            Assert.That(NotesOf("Hi,\n\nWhat is the status for Teams?\n\nBest,\nTim"), Is.Empty);
        });
    }

    [TestCase("Status Intune - Tailspin", "Hi Sarah,\n\nCustomer is blocked because all devices are managed by Workspace ONE until December.\n\nThanks,\nRaj",
        "Customer is blocked because all devices are managed by Workspace ONE until December.")]
    [TestCase("AW: Stand Teams-Telefonie", "Hallo Herr Lang,\n\nder Kunde wird die Telefonie nicht bereitstellen, da der Vertrag mit der Telekom bis 2028 läuft.\n\nViele Grüße\nMara",
        "der Kunde wird die Telefonie nicht bereitstellen, da der Vertrag mit der Telekom bis 2028 läuft.")]
    public void A_single_note_whose_workload_is_only_in_the_subject(string subject, string body, string words)
    {
        var result = Text(body, subject);
        Assert.Multiple(() =>
        {
            Assert.That(Notes(result, body).Select(n => n.Words), Is.EqualTo(new[] { words }));
            Assert.That(result.Notes[0].WorkloadSource, Is.EqualTo(WorkloadSource.Subject));
            Assert.That(result.Notes[0].Workload, Is.EqualTo(subject.Contains("Intune") ? "Intune" : "Teams"));
        });
    }

    [Test]
    public void A_subject_note_naming_a_dependency_belongs_to_the_subjects_workload()
    {
        var result = Text("Hallo,\n\nder Kunde ist blockiert, bis Entra ID die Geräte synchronisiert.\n\nGruß", "Status Intune");
        Assert.Multiple(() =>
        {
            Assert.That(result.Notes.Select(n => n.Workload), Is.EqualTo(new[] { "Intune" }));
            Assert.That(result.Notes[0].WorkloadSource, Is.EqualTo(WorkloadSource.Subject));
        });
    }

    [Test]
    public void A_note_without_any_workload_has_none()
    {
        const string body = "Hallo Karin,\n\nder Kunde reagiert trotz 4 Kontaktversuchen seit Januar nicht mehr.\n\nViele Grüße\nTobias";
        var result = Text(body, "Kurzes Update");
        Assert.Multiple(() =>
        {
            Assert.That(Notes(result, body), Is.EqualTo(new (string, string?)[] { ("der Kunde reagiert trotz 4 Kontaktversuchen seit Januar nicht mehr.", null) }));
            Assert.That(result.Notes[0].WorkloadSource, Is.Null);
        });
    }

    [Test]
    public void Names_that_only_look_like_workloads_are_not_labels()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NotesOf("Hi,\n\nOffice 365: the tenant has 2,000 E3 licences.\n\nThanks").Select(n => n.Workload), Has.None.EqualTo("Microsoft 365 Apps"));
            Assert.That(NotesOf("Hi,\n\nDefender for Office 365: Customer keeps Mimecast for mail security.\n\nThanks"),
                Is.EqualTo(new (string, string?)[] { ("Customer keeps Mimecast for mail security.", "Defender for Office 365") }));
        });
    }

    [TestCase("Hi team,\n\nWorkload: Teams\nStatus: Blocked\nNote: Customer is blocked because the works council has not approved telephony.\n\nThanks",
        "Customer is blocked because the works council has not approved telephony.", "Teams")]
    [TestCase("Hallo,\n\nThema: Intune\nStand: In Bearbeitung\nNotiz: 150 von 800 Geräten sind per Autopilot registriert.\n\nGruß",
        "150 von 800 Geräten sind per Autopilot registriert.", "Intune")]
    public void A_key_value_block(string body, string words, string workload)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new[] { (words, (string?)workload) }));
    }

    [TestCase("Hallo,\n\nTeams – In Bearbeitung – Rollout an 4 von 9 Standorten abgeschlossen.\n\nGruß", "Rollout an 4 von 9 Standorten abgeschlossen.", "Teams")]
    [TestCase("Hi,\n\nEXO: Status: Blocked - hybrid server upgrade is pending until May.\n\nThanks", "hybrid server upgrade is pending until May.", "Exchange Online")]
    [TestCase("Hi,\n\nEXO = in progress, cutover migration planned for 21 March.\n\nThanks", "in progress, cutover migration planned for 21 March.", "Exchange Online")]
    [TestCase("Hallo,\n\nSharePoint: Blockiert, da der Kunde erst die Fileserver bereinigt.\n\nGruß", "Blockiert, da der Kunde erst die Fileserver bereinigt.", "SharePoint Online")]
    public void A_status_label_before_the_note_is_part_of_the_label_unless_the_sentence_goes_on(string body, string words, string workload)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new[] { (words, (string?)workload) }));
    }

    [Test]
    public void Columns_aligned_with_spaces_are_a_table()
    {
        const string body = "Hello,\n\nExchange Online      In progress     Hybrid is configured, 50 pilot mailboxes moved.\nSharePoint Online    No intent       Customer stays on SharePoint Server 2019.\n\nRegards";
        Assert.That(NotesOf(body), Is.EqualTo(new (string, string?)[]
        {
            ("Hybrid is configured, 50 pilot mailboxes moved.", "Exchange Online"),
            ("Customer stays on SharePoint Server 2019.", "SharePoint Online"),
        }));
    }

    [TestCase("Nächste Schritte:\n- Teams: Termin mit dem Netzwerkteam am 12.03.\n- Intune: Datenschutz-Folgenabschätzung nachreichen")]
    [TestCase("Open points:\n1. Teams: clarify the firewall rules (Max)\n2. Intune: provide test devices (customer)")]
    public void Next_steps_and_open_points_are_not_notes(string section)
    {
        var body = $"Hallo,\n\nExchange Online: Migration abgeschlossen, alle 1.200 Postfächer sind umgezogen.\n\n{section}\n\nGruß";
        Assert.That(NotesOf(body).Select(n => n.Workload), Is.EqualTo(new[] { "Exchange Online" }));
    }

    [Test]
    public void A_paragraph_naming_one_workload_is_its_note_from_the_first_sentence()
    {
        const string body = "Hallo Petra,\n\nder Kunde ist weiterhin blockiert. Grund ist die Firewall, die den Medienverkehr für Teams nicht freigibt.\n\nViele Grüße\nKlaus";
        Assert.That(NotesOf(body), Is.EqualTo(new (string, string?)[] { ("der Kunde ist weiterhin blockiert. Grund ist die Firewall, die den Medienverkehr für Teams nicht freigibt.", "Teams") }));
    }

    [Test]
    public void A_short_introduction_before_a_colon_is_not_the_note()
    {
        const string body = "Hello Priya,\n\nQuick one: Entra ID is done. All 5,000 users sync via Entra Connect.\n\nKind regards\nLucas";
        Assert.That(NotesOf(body), Is.EqualTo(new (string, string?)[] { ("Entra ID is done. All 5,000 users sync via Entra Connect.", "Microsoft Entra ID") }));
    }

    [Test]
    public void A_table_cell_of_two_paragraphs_is_one_note()
    {
        const string body = "<p>Hi,</p><table><tr><td>Intune</td><td>Blocked</td><td><p>Customer waits for the new MDM contract.</p><p>Signature expected end of May.</p></td></tr></table>";
        Assert.That(Notes(Html(body), body), Is.EqualTo(new (string, string?)[] { ("Customer waits for the new MDM contract. Signature expected end of May.", "Intune") }));
    }

    [TestCase("Hi Mark,\n\nthe customer asked whether Copilot licences can be reassigned between departments.\n\nThanks\nEva")]
    [TestCase("Hallo Mark,\n\nder Kunde fragt, ob die Copilot-Lizenzen zwischen Abteilungen verschoben werden können.\n\nDanke\nEva")]
    [TestCase("Dear Dr. Patel,\n\nAs agreed, we will look at Defender for Office 365 and Defender for Identity in the next session on 2 April.\n\nKind regards,\nHelen")]
    [TestCase("Hallo,\n\nWir haben die Workshops für Exchange Online, Teams und Intune vorbereitet.\n\nGruß")]
    public void Questions_about_a_workload_and_lists_of_workloads_are_no_notes(string body)
    {
        Assert.That(NotesOf(body), Is.Empty);
    }

    [Test]
    public void A_status_followed_by_a_colon_reads_on_as_the_note()
    {
        const string body = "<p>Hey folks - quick status:</p><ul><li><b>Intune</b> &ndash; blocked: the customer's MDM vendor contract runs until September.</li></ul><p>cheers</p>";
        Assert.That(Notes(Html(body), body), Is.EqualTo(new (string, string?)[] { ("blocked: the customer's MDM vendor contract runs until September.", "Intune") }));
    }

    [TestCase("Hallo,\n\nExchange Online Migration: läuft, 80 % der Postfächer sind umgezogen.\n\nGruß", "läuft, 80 % der Postfächer sind umgezogen.", "Exchange Online")]
    [TestCase("Hallo,\n\nTeams Telefonie – Pilot mit 40 Nutzern läuft seit März.\n\nGruß", "Pilot mit 40 Nutzern läuft seit März.", "Teams")]
    // Two words after the name make a clause, not a label: it names the workload and introduces the note after its colon.
    [TestCase("Hallo,\n\nTeams wird eingeführt: der Pilot mit 40 Nutzern startet im März.\n\nGruß", "der Pilot mit 40 Nutzern startet im März.", "Teams")]
    public void A_label_may_name_one_topic_after_the_workload(string body, string words, string workload)
    {
        Assert.That(NotesOf(body), Is.EqualTo(new[] { (words, (string?)workload) }));
    }

    [TestCase("Hi,\n\nPlease remember to update the OneDrive notes in the portal.\n\nThanks")]
    [TestCase("Hallo,\n\nBitte denkt daran, die Notizen zu OneDrive im Portal zu aktualisieren.\n\nDanke")]
    [TestCase("Hi,\n\nI have added the Windows 11 readiness report to the project folder.\n\nThanks")]
    public void Requests_and_the_writers_own_errands_are_no_notes(string body)
    {
        Assert.That(NotesOf(body), Is.Empty);
    }
}
