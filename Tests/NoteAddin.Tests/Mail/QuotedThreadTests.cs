using static NoteAddin.Tests.Mail.MailFixture;

namespace NoteAddin.Tests.Mail;

/// <summary>Nothing below a reply or forward header is a note of this mail, in any client's wording, German or English.</summary>
public class QuotedThreadTests
{
    private const string Own = "Teams: Rollout abgeschlossen, alle 2.000 Nutzer sind migriert.";
    private const string Earlier = "Exchange Online: Migration blockiert wegen Zertifikatsproblemen.";

    [TestCase("Von: Peter Lang <peter.lang@adatum.de>\nGesendet: Mittwoch, 4. März 2026 08:15\nAn: Markus Roth <markus@contoso.de>\nBetreff: Status")]
    [TestCase("From: Peter Lang <peter.lang@adatum.com>\nSent: Wednesday, March 4, 2026 8:15 AM\nTo: Markus Roth <markus@contoso.com>\nSubject: Status")]
    [TestCase("*From:* Peter Lang <peter.lang@adatum.com> *Sent:* Wednesday, March 4, 2026 8:15 AM")]
    [TestCase("Von: Peter Lang\nDatum: 04.03.2026\nBetreff: Status")]
    [TestCase("Am 04.03.2026 um 08:15 schrieb Peter Lang <peter.lang@adatum.de>:")]
    [TestCase("Am Mi., 4. März 2026 um 08:15 Uhr schrieb Peter Lang\n<peter.lang@adatum.de>:")]
    [TestCase("On Wed, Mar 4, 2026 at 8:15 AM Peter Lang <peter.lang@adatum.com> wrote:")]
    [TestCase("Peter Lang <peter.lang@adatum.com> wrote:")]
    [TestCase("-----Original Message-----\nFrom: Peter Lang")]
    [TestCase("-----Ursprüngliche Nachricht-----\nVon: Peter Lang")]
    [TestCase("---------- Forwarded message ---------\nFrom: Peter Lang <peter.lang@adatum.com>")]
    [TestCase("-------- Weitergeleitete Nachricht --------")]
    [TestCase("Begin forwarded message:")]
    [TestCase("________________________________\nVon: Peter Lang")]
    public void Notes_below_a_reply_or_forward_header_are_not_this_mails_notes(string header)
    {
        var body = $"Hallo Peter,\n\n{Own}\n\nGruß\nMarkus\n\n{header}\n\nHallo Markus,\n{Earlier}\nTeams: blockiert.\nGruß Peter";
        Assert.That(NotesOf(body).Select(n => n.Workload), Is.EqualTo(new[] { "Teams" }));
    }

    [Test]
    public void Lines_quoted_with_a_greater_than_sign_are_never_notes()
    {
        var body = $"Hallo Peter,\n\n> {Earlier}\n> Teams: blockiert.\n\n{Own}\n\nGruß";
        Assert.That(NotesOf(body).Select(n => n.Words), Is.EqualTo(new[] { "Rollout abgeschlossen, alle 2.000 Nutzer sind migriert." }));
    }

    [Test]
    public void A_mail_of_only_quoted_text_has_no_notes()
    {
        var body = $"-----Ursprüngliche Nachricht-----\nVon: Eva Richter\nGesendet: Donnerstag\nAn: Paul\nBetreff: Status\n\n{Earlier}\n{Own}";
        Assert.That(NotesOf(body), Is.Empty);
        Assert.That(NotesOf(string.Join("\n", Enumerable.Repeat("> " + Own, 50))), Is.Empty);
    }

    [Test]
    public void Gmail_and_Apple_mark_the_quote_in_html()
    {
        var gmail = "<div>Hi Laura,</div><div>Teams: Rollout finished for all 2,000 users.</div><div>Best, Daniel</div>"
            + "<div class=\"gmail_quote\"><blockquote class=\"gmail_quote\"><div>Exchange Online: we are blocked by the hybrid server.</div></blockquote></div>";
        var apple = "<div>Teams: Rollout finished for all 2,000 users.</div><blockquote type=\"cite\"><div>Exchange Online: blocked by the hybrid server.</div></blockquote>";
        Assert.Multiple(() =>
        {
            Assert.That(Html(gmail).Notes.Select(n => n.Workload), Is.EqualTo(new[] { "Teams" }));
            Assert.That(Html(apple).Notes.Select(n => n.Workload), Is.EqualTo(new[] { "Teams" }));
        });
    }

    [Test]
    public void Outlook_html_reply_header_cuts_the_thread()
    {
        var body = "<p class=MsoNormal>Teams: Rollout abgeschlossen.</p><div id=\"divRplyFwdMsg\"><b>Von:</b> Eva<br><b>Gesendet:</b> Montag<br><b>Betreff:</b> Status</div>"
            + "<p class=MsoNormal>Exchange Online: Migration blockiert.</p>";
        var border = "<p class=MsoNormal>Teams: Rollout abgeschlossen.</p><div style='border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>From:</b> Eva<br><b>Sent:</b> Monday<br><b>To:</b> Paul</p></div>"
            + "<p class=MsoNormal>Exchange Online: Migration blockiert.</p>";
        Assert.Multiple(() =>
        {
            Assert.That(Html(body).Notes.Select(n => n.Workload), Is.EqualTo(new[] { "Teams" }));
            Assert.That(Html(border).Notes.Select(n => n.Workload), Is.EqualTo(new[] { "Teams" }));
        });
    }

    [Test]
    public void Prose_that_mentions_an_original_message_or_a_sender_does_not_cut()
    {
        var body = "Hi,\n\nThe customer wrote to us about the original message trace.\nFrom our side: nothing new.\n\nTeams: Rollout finished for all 2,000 users.\n\nThanks";
        Assert.That(NotesOf(body).Select(n => n.Workload), Is.EqualTo(new[] { "Teams" }));
    }

    [Test]
    public void A_bottom_posted_answer_below_a_marked_quote_is_read()
    {
        const string body = "On Mon, 9 Mar 2026 at 10:02, Jess Li <jess@litware.com> wrote:\n> Hi Omar, any news on MDE?\n> Teams: blocked.\n\n"
            + "Defender for Endpoint: onboarding of 1,200 servers is finished, workstations follow in April.\n\nOmar";
        Assert.That(NotesOf(body).Select(n => n.Workload), Is.EqualTo(new[] { "Defender for Endpoint" }));
    }
}
