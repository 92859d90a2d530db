using System.Diagnostics;
using System.Text;
using NoteAddin.Checking.Mail;
using static NoteAddin.Tests.Mail.MailFixture;

namespace NoteAddin.Tests.Mail;

/// <summary>
/// The mail reader's questions about a line's neighbours — the list above an item, the short lines above a phone
/// number, the line's last sentence, an agenda item's time — cost one pass over the mail, however long its lists and
/// lines are. Bounds are generous (two shared cores): a quadratic walk would take minutes, not seconds.
/// </summary>
public class ReaderCostTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    [Test]
    public void A_list_of_thousands_of_items_under_a_request_is_read_in_one_pass()
    {
        var mail = new StringBuilder("Hallo,\n\nkönnten Sie Folgendes mitbringen:\n");
        for (var i = 0; mail.Length < 99_000; i++)
        {
            mail.Append(i % 2 == 0 ? $"- Teams: Kunde ist an Standort {i} blockiert.\n" : $"- die Geräteliste für Standort {i}\n");
        }

        AssertQuick(mail.ToString());
    }

    [Test]
    public void Thousands_of_short_lines_over_a_phone_number_are_read_in_one_pass()
    {
        var mail = new StringBuilder("Hi,\n\n");
        for (var i = 0; mail.Length < 99_000; i++)
        {
            mail.Append(i % 50 == 49 ? "Tel. +49 30 5550 1234\n" : $"Contoso GmbH {i}\n");
        }

        AssertQuick(mail.ToString());
    }

    [Test]
    public void Long_lines_ending_in_a_colon_or_a_parenthesis_are_read_in_one_pass()
    {
        var sentence = string.Concat(Enumerable.Repeat("Der Kunde prüft den Rollout. ", 1_000));
        var mail = $"Hallo,\n\n{sentence}Action items:\n{sentence}(10 min)\n{sentence}(" + new string('1', 5_000) + ")\nTeams: läuft.";
        AssertQuick(mail);
    }

    private static void AssertQuick(string body)
    {
        var watch = Stopwatch.StartNew();
        var reading = Checker.Reader.Read(new MailInput(body, MailBodyType.Text));
        watch.Stop();
        TestContext.Out.WriteLine($"{body.Length:N0} characters, {reading.Candidates.Count} candidates in {watch.Elapsed.TotalMilliseconds:0} ms");
        Assert.That(watch.Elapsed, Is.LessThan(Bound));
    }
}
