using static NoteAddin.Tests.Mail.MailFixture;

namespace NoteAddin.Tests.Mail;

/// <summary>Greetings, small talk, scheduling, sign-offs, signatures and disclaimers are never notes, in German or English.</summary>
public class SignatureAndTalkTests
{
    [Test]
    public void A_german_signature_with_name_title_company_phone_and_address_is_no_note()
    {
        const string body = "Hallo Frau Weber,\n\nTeams: Rollout abgeschlossen, alle Standorte sind live.\n\nMit freundlichen Grüßen\n\nJonas Becker\n"
            + "FastTrack Manager Teams & Intune\nContoso Deutschland GmbH | Walter-Gropius-Straße 5 | 80807 München\nTel.: +49 89 1234 5678\nMobil: +49 170 1234567\n"
            + "jonas.becker@contoso.de\nwww.contoso.de\n\nSitz der Gesellschaft: München, Amtsgericht München HRB 123456\nGeschäftsführer: Max Muster";
        Assert.That(NotesOf(body), Is.EqualTo(new (string, string?)[] { ("Rollout abgeschlossen, alle Standorte sind live.", "Teams") }));
    }

    [Test]
    public void An_english_signature_and_disclaimer_are_no_notes()
    {
        const string body = "Hi Mark,\n\nIntune: Customer is blocked until co-management is set up by the partner.\n\nKind regards,\nPriya Shah\n"
            + "Senior Consultant, Intune and Teams | Northwind Traders\nPhone: +44 20 7946 0000\n\n"
            + "This email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, "
            + "please notify the sender immediately. Teams: blocked.";
        Assert.That(NotesOf(body).Select(n => n.Workload), Is.EqualTo(new[] { "Intune" }));
    }

    [TestCase("Sent from my iPhone")]
    [TestCase("Von meinem iPhone gesendet")]
    [TestCase("Get Outlook for iOS")]
    [TestCase("-- \nAnna Schmidt\nTeams Consultant\n+49 30 1234567")]
    public void Mobile_signatures_and_the_signature_delimiter(string signature)
    {
        var body = $"Hallo,\n\nExchange Online: Migration läuft, 80 % der Postfächer sind umgezogen.\n\n{signature}";
        Assert.That(NotesOf(body).Select(n => n.Workload), Is.EqualTo(new[] { "Exchange Online" }));
    }

    [TestCase("Hallo Herr Lang,\n\nich hoffe, es geht Ihnen gut. Vielen Dank für das Gespräch gestern zu Teams und Intune.\n\nAnbei die Präsentation zu Exchange Online.\n\nKönnen wir nächste Woche über SharePoint sprechen?\n\nViele Grüße\nMara")]
    [TestCase("Hi Tom,\n\nI hope you had a great weekend. Thanks for the session on Teams yesterday.\n\nPlease find attached the slides on Intune.\n\nCan we meet next Tuesday to talk about SharePoint?\n\nBest regards,\nAva")]
    [TestCase("Liebe Grüße aus München!\n\nDanke für die Infos zu Teams.\n\nLG Anna")]
    public void Greetings_small_talk_and_scheduling_that_name_workloads_are_not_notes(string body)
    {
        Assert.That(NotesOf(body), Is.Empty);
    }

    [Test]
    public void A_greeting_ending_in_a_comma_lets_the_rest_of_its_line_be_read()
    {
        const string body = "Hallo Max, Teams: Rollout abgeschlossen für alle 2.000 Nutzer.\n\nGruß";
        Assert.That(NotesOf(body), Is.EqualTo(new (string, string?)[] { ("Rollout abgeschlossen für alle 2.000 Nutzer.", "Teams") }));
    }

    [Test]
    public void A_thank_you_before_any_note_is_small_talk_not_the_sign_off()
    {
        const string body = "Hallo Max,\nDanke für die Infos\nTeams: Rollout abgeschlossen für alle 2.000 Nutzer.\n\nGruß";
        Assert.That(NotesOf(body).Select(n => n.Workload), Is.EqualTo(new[] { "Teams" }));
    }

    [Test]
    public void Everything_after_the_sign_off_is_signature_even_a_workload_label()
    {
        const string body = "Hi,\n\nTeams: Rollout finished for all sites.\n\nBest regards,\nAnna\nMicrosoft Teams: +1 425 555 0100";
        Assert.That(NotesOf(body).Select(n => n.Workload), Is.EqualTo(new[] { "Teams" }));
    }

    [TestCase("<div id=\"Signature\"><div>Anna Schmidt</div><div>Teams: +49 30 1234567</div><div>Exchange Online Specialist – Contoso</div></div>")]
    [TestCase("<div class=\"gmail_signature\"><div>Anna Schmidt</div><div>Intune (MEM): Endpoint Consultant</div></div>")]
    public void The_signature_a_mail_client_marks_in_html_is_no_note(string signature)
    {
        var html = "<div>Hallo,</div><div>SharePoint: Migration von 40 Websites abgeschlossen.</div><div><br></div>" + signature;
        Assert.That(Html(html).Notes.Select(n => n.Workload), Is.EqualTo(new[] { "SharePoint Online" }));
    }
}
