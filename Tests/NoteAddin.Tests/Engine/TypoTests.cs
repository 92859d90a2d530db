using NoteAddin.Checking.Matching;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Text;

namespace NoteAddin.Tests.Engine;

/// <summary>Typos in the words that carry a note's meaning are read as the word meant; real words stay as written.</summary>
public class TypoTests
{
    [TestCase("custmer is blokced by the firewal, the proxy drops the traffic.", "en", "customer", "blocked")]
    [TestCase("Kudne reagirt nicht auf 4 Kontaktversuche.", "de", "kunde", "reagiert")]
    [TestCase("Postfach-migartion laeuft, 300 von 900 Postfaechern sind umgezogen.", "de", "migration", null)]
    [TestCase("Kunde hat nicht reagiert, zweimal nachgfragt, unmanged Acount.", "de", "unmanaged", "account")]
    [TestCase("Kein Rückmeldung, dreimal angeschriben, Manged Account.", "de", "angeschrieben", "managed")]
    [TestCase("Kunde migriert warscheinlich ab Juni, vieleicht auch später.", "de", "wahrscheinlich", "vielleicht")]
    [TestCase("Customer will propbably start in Q2, likley with the pilot group.", "en", "probably", "likely")]
    public void Typos_in_cue_words_are_mended(string text, string language, string first, string? second)
    {
        var pack = EngineFixture.Checker.Packs[language];
        var fixes = pack.Typos.Fixes(NormalizedText.Create(text))!;
        Assert.That(fixes.Select(f => f.Word), Does.Contain(first));
        if (second is not null)
        {
            Assert.That(fixes.Select(f => f.Word), Does.Contain(second));
        }
    }

    [TestCase("The customer wants Teams but the terms of the contract are open.", "en")]
    [TestCase("Kunden nutzen nichts davon; die Betriebsart des Servers bleibt.", "de")]
    [TestCase("Champions programme for 120 customers is running.", "en")]
    [TestCase("Das alte Archivprojekt wurde abgeschrieben, die Daten bleiben.", "de")]
    [TestCase("The pilot group is lively and the sync is provably stable.", "en")]
    public void Real_words_and_inflections_are_left_alone(string text, string language)
    {
        var pack = EngineFixture.Checker.Packs[language];
        Assert.That(pack.Typos.Fixes(NormalizedText.Create(text)), Is.Null);
    }

    [Test]
    public void A_mended_word_is_marked_where_it_was_typed()
    {
        const string text = "Custmer did not repsond to 4 emails and 2 calls; unmanged account.";
        var result = EngineFixture.Checker.Check(new NoteInput(text, "en"));
        Assert.That(result.Status, Is.EqualTo(NoteStatus.Unknown));
        Assert.That(result.Findings.Select(f => f.RuleId), Does.Not.Contain("missing-account-type"), "\"unmanged\" is read as unmanaged");
    }

    [TestCase("kunde", "kudne", true)]
    [TestCase("customer", "custmer", true)]
    [TestCase("customer", "custommer", true)]
    [TestCase("blocked", "blokced", true)]
    [TestCase("migration", "mgiartion", false)]
    [TestCase("intent", "intent", true)]
    [TestCase("partner", "parnters", false)]
    public void One_edit_means_one_insertion_deletion_substitution_or_swap(string a, string b, bool within) =>
        Assert.That(TypoCorrector.WithinOneEdit(a, b), Is.EqualTo(within));
}
