using NoteAddin.Checking.Packs;

namespace NoteAddin.Tests.Mail;

/// <summary>The mail word lists live in the packs, loaded as strictly as the rest: a mistake names file, line and column.</summary>
public class MailPackTests
{
    private string _directory = null!;

    [SetUp]
    public void CopyPacks()
    {
        _directory = Path.Combine(Path.GetTempPath(), "noteaddin-mailpacks-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        foreach (var pack in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "RulePacks"), "*.json"))
        {
            File.Copy(pack, Path.Combine(_directory, Path.GetFileName(pack)));
        }
    }

    [TearDown]
    public void Delete() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Every_list_of_the_mail_section_is_filled_in_both_languages()
    {
        var packs = RulePackSet.Load(_directory);
        foreach (var (language, pack) in packs)
        {
            foreach (var cue in Enum.GetValues<MailCue>())
            {
                Assert.That(pack.Mail[cue], Is.Not.Empty, $"{language}: {cue}");
            }
        }
    }

    [Test]
    public void A_misspelt_mail_list_is_an_error()
    {
        Edit("de.json", "\"signOffs\":", "\"signOff\":");
        var error = Assert.Throws<RulePackException>(() => RulePackSet.Load(_directory));
        Assert.That(error!.Message, Does.Contain("de.json(").And.Contain("signOff"));
    }

    [Test]
    public void A_pack_without_its_mail_section_is_refused()
    {
        var path = Path.Combine(_directory, "en.json");
        var json = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(path));
        json.Remove("mail");
        File.WriteAllText(path, json.ToString());
        var error = Assert.Throws<RulePackException>(() => RulePackSet.Load(_directory));
        Assert.That(error!.Message, Does.Contain("en.json(").And.Contain("\"mail\" section"));
    }

    [Test]
    public void A_name_given_to_two_workloads_is_refused()
    {
        Edit("en.json", "\"aliases\": [\"Microsoft Intune\",", "\"aliases\": [\"EXO\", \"Microsoft Intune\",");
        var error = Assert.Throws<RulePackException>(() => RulePackSet.Load(_directory));
        Assert.That(error!.Problem, Does.Contain("\"exo\" belongs to both"));
    }

    [Test]
    public void An_overlay_adds_a_teams_own_sign_off()
    {
        var extra = Path.Combine(_directory, "extra");
        Directory.CreateDirectory(extra);
        File.WriteAllText(Path.Combine(extra, "contoso.de.json"), """{"language": "de", "mail": {"signOffs": ["servus und pfiat di"]}}""");
        var packs = RulePackSet.Load(_directory, extra);
        Assert.That(packs["de"].Mail[MailCue.SignOff].Select(p => p.Folded), Does.Contain("servus und pfiat di"));
    }

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(_directory, file);
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Contain(from), "the edit must change the pack");
        File.WriteAllText(path, text.Replace(from, to));
    }
}
