using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;
using NoteAddin.Checking.Text;

namespace NoteAddin.Tests.Engine;

/// <summary>Sentence counting, language detection and contact-attempt counting: the reader's small skills.</summary>
public class TextTests
{
    [TestCase("Kunde ist z. B. blockiert. Grund ist der Proxy.", "de", 2)]
    [TestCase("Nutzung 0,0 % seit dem 03.04. gemessen, d. h. niemand nutzt es.", "de", 1)]
    [TestCase("Customer blocked, e.g. by the proxy v2.5 on approx. 2.5 % of sites. Second sentence.", "en", 2)]
    [TestCase("Kd. wartet wg. Freigabe der IT f. den Proxy. Art. 28 DSGVO wird s. Ticket geprüft.", "de", 2)]
    [TestCase("Cust. has no acct. owner, lic. req. pending with the mgr. for approval. Blocked until the mtg. next week.", "en", 2)]
    [TestCase("Kd. n. erreichbar, Hrn. Maier hat die Schnittst. zur Konfig. offen. Zweiter Satz.", "de", 2)]
    [TestCase("Lizenzen (12 Stk.) bis Ende März gesperrt, Freigabe durch Frau M. Weber fehlt.", "de", 1)]
    [TestCase("Workshops am 03.04./05.04. abgesagt, Kunde blockiert.", "de", 1)]
    [TestCase("Sr. admin (J. Okafor) has to upgr. the certs (approx.) first. Blocked until then.", "en", 2)]
    [TestCase("Customer falls back to plan B. The proxy still strips Teams media.", "en", 2)]
    [TestCase("One. Two. Three.", "en", 3)]
    [TestCase("Blocked by the proxy!\nNo fix planned", "en", 2)]
    [TestCase("1. Welle abgeschlossen, 2. Welle läuft.", "de", 1)]
    [TestCase("", "en", 0)]
    [TestCase("   \n  ", "en", 0)]
    public void Sentences_are_counted_as_a_reader_counts_them(string text, string language, int expected)
    {
        var result = EngineFixture.Checker.Check(new NoteInput(text, language));
        Assert.That(result.SentenceCount, Is.EqualTo(expected));
    }

    [TestCase("Kunde hat kein Interesse.", "de")]
    [TestCase("Customer is not interested.", "en")]
    [TestCase("Uebernahme laeuft, Kunde wartet.", "de")]
    [TestCase("Dupliziert.", "de")]
    [TestCase("Status unbekannt", "de")]
    [TestCase("In Bearbeitung", "de")]
    [TestCase("In progress", "en")]
    [TestCase("???", "en")]
    public void The_language_is_detected(string text, string language) =>
        Assert.That(EngineFixture.Checker.Check(new NoteInput(text)).Language, Is.EqualTo(language));

    [TestCase("Customer did not respond to 4 emails and 2 calls. Managed account.", 6)]
    [TestCase("Kunde reagiert nicht auf drei Kontaktversuche. Verwaltetes Konto.", 3)]
    [TestCase("Kunde antwortet nicht, dreimal angeschrieben. Verwaltetes Konto.", 3)]
    [TestCase("No reply to three unanswered emails, unmanaged account.", 3)]
    [TestCase("Customer does not respond to 4 contact attempts. Managed account.", 4)]
    [TestCase("Kunde antwortet nicht: sieben Mal versucht, vier Mails, zwei Anrufe, eine Nachricht. Verwaltetes Konto.", 7)]
    [TestCase("No reply to 5 attempts (2 emails, 2 calls, 1 voicemail); managed account.", 5)]
    public void Contact_attempts_are_added_up(string text, int attempts)
    {
        var result = EngineFixture.Checker.Check(new NoteInput(text));
        var reading = NoteReader.Read(text, NormalizedText.Create(text), EngineFixture.Checker.Packs[result.Language], null, EngineFixture.Checker.Decider, EngineFixture.Checker.RecordedStatuses);
        Assert.That(result.Status, Is.EqualTo(NoteStatus.Unknown));
        Assert.That(result.Findings.Select(f => f.RuleId), Does.Not.Contain("missing-attempt-count"));
        Assert.That(reading.AttemptCount, Is.EqualTo(attempts));
    }

    // Writers give the count otherwise too: the attempts' dates, the latest one's place, a times word after it.
    [TestCase("Kontaktversuche am 05.03. (Mail), 19.03. (Anruf) und 02.04. ohne Antwort. Verwaltetes Konto.", "de", 3)]
    [TestCase("Emailed the IT lead 10/2, 10/16 and 10/30, no reply. Unmanaged account.", "en", 3)]
    [TestCase("Kunde am 19.03.2025 und am 02.04.2025 angeschrieben, keine Antwort. Managed.", "de", 2)]
    [TestCase("Jun 12: sixth attempt (email and phone to the IT lead) unanswered; managed account.", "en", 6)]
    [TestCase("Last update: 5th contact attempt (email to the CFO) unanswered, nobody engaged. Unmanaged.", "en", 5)]
    [TestCase("Stand 14.04.: zweiter Anruf und dritte Mail an den CIO unbeantwortet; managed.", "de", 5)]
    [TestCase("Called the IT lead twice and emailed the CIO once, no reply. Managed account.", "en", 3)]
    [TestCase("We emailed and called twice, nothing came back. Unmanaged account.", "en", 2)]
    public void Dates_places_and_times_words_give_the_count(string text, string language, int attempts)
    {
        var result = EngineFixture.Checker.Check(new NoteInput(text, language));
        var reading = EngineFixture.Checker.Read(new NoteInput(text, language));
        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(NoteStatus.Unknown));
            Assert.That(result.Findings.Select(f => f.RuleId), Does.Not.Contain("missing-attempt-count"));
            Assert.That(reading.AttemptCount, Is.EqualTo(attempts));
            Assert.That(reading.NumberedAttempts, Is.Null);
        });
    }

    // One date says when, not how often; numbers that only look like dates are none.
    [TestCase("05.03., 19.03. und 02.04.", 3)]
    [TestCase("03-04, 03-18 and 04-02", 3)]
    [TestCase("10/2,10/16", 2)]
    [TestCase("am 3.6. und 17.6.25", 2)]
    [TestCase("Mail an den CIO vom 28.11., Partner informiert", null)]
    [TestCase("1.200 Nutzer, 2.500 Postfächer", null)]
    [TestCase("Version 16.0 und 15.0", null)]
    [TestCase("2024-05-03 und 2024-06-01", 2)]
    [TestCase("2024-05-03, 2024-13-01 und 2024-06-1x", null)]
    [TestCase("KW18/19 und KW20/21", null)]
    [TestCase("32.01. und 12.13.", null)]
    [TestCase("", null)]
    public void Listed_dates_are_counted_when_there_are_two_or_more(string text, int? dates) =>
        Assert.That(AttemptDates.Count(text), Is.EqualTo(dates));

    // Contact attempts named without a number ask for the count (a Warning), not for attempts (an Error).
    [TestCase("Kunde hat trotz mehrfacher Nachfragen nicht reagiert, verwalteter Account.", "de")]
    [TestCase("Kunde reagiert nicht, wir haben schon nachgefragt und angefragt. Unmanaged.", "de")]
    [TestCase("No response from the customer although we attempted it and kept chasing; managed account.", "en")]
    [TestCase("Customer silent, we followed up and phoned their IT lead. Unmanaged account.", "en")]
    public void Attempts_named_without_a_number_ask_for_the_count(string text, string language)
    {
        var result = EngineFixture.Checker.Check(new NoteInput(text, language));
        Assert.That(result.Status, Is.EqualTo(NoteStatus.Unknown));
        Assert.That(result.Findings.Select(f => f.RuleId), Does.Contain("missing-attempt-count").And.Not.Contain("no-contact-attempts"));
    }

    // A pending condition says what is not yet true; its clause ends at punctuation, and a preposition opens none.
    [TestCase("Customer is blocked because the proxy strips Teams media until the new appliance is live.", false)]
    [TestCase("Kunde ist blockiert, bis die neue Firewall läuft.", false)]
    [TestCase("Customer waits for the works council until the pilot has started.", false)]
    [TestCase("Blocked until the licences arrive, the pilot is running for IT.", true)]
    [TestCase("Bis zum Sommer läuft der Rollout.", true)]
    [TestCase("The rollout is live until the old tenant is switched off.", true)]
    public void Progress_words_in_a_pending_condition_state_no_progress(string text, bool progressStated)
    {
        var language = EngineFixture.Checker.Check(new NoteInput(text)).Language;
        var reading = NoteReader.Read(text, NormalizedText.Create(text), EngineFixture.Checker.Packs[language], null, EngineFixture.Checker.Decider, EngineFixture.Checker.RecordedStatuses);
        Assert.That(reading.Cues.InProgress >= Checking.Reading.CueScores.Stated, Is.EqualTo(progressStated), $"InProgress cue weight {reading.Cues.InProgress}");
    }

    [Test]
    public void Folding_spells_out_umlauts_and_keeps_offsets()
    {
        var folded = NormalizedText.Create("Übernahme  läuft");
        Assert.Multiple(() =>
        {
            Assert.That(new string(folded.Span), Is.EqualTo("uebernahme laeuft"));
            Assert.That(folded.OriginalStart(11), Is.EqualTo(11));
            Assert.That(folded.OriginalEnd(folded.Length), Is.EqualTo(16));
        });
    }

    // A figure list is at most ten words between spaces, two of them numbers only; the count stops at the eleventh.
    [TestCase("E3, 1,200 seats, renewal 10/2026", true)]
    [TestCase("Lizenzen: 500, zugewiesen 480", true)]
    [TestCase("Kunde blockiert seit 2026", false)]
    [TestCase("1 2 3 4 5 6 7 8 9 10", true)]
    [TestCase("1 2 3 4 5 6 7 8 9 10 ", true)]
    [TestCase("1  2 3 4 5 6 7 8 9 10", true)]
    [TestCase("1 2 3 4 5 6 7 8 9 10 11", false)]
    [TestCase("1 2 3 4 5 6 7 8 9 10 \t", false)]
    [TestCase("1\t2 3 4 5 6 7 8 9 10 11", true)]
    [TestCase("", false)]
    public void Figure_lists_are_short_and_mostly_numbers(string text, bool expected) =>
        Assert.That(NoteReader.IsFigureList(text), Is.EqualTo(expected));
}
