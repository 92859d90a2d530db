using NoteAddin.Checking.Mail;
using static NoteAddin.Tests.Mail.MailFixture;

namespace NoteAddin.Tests.Mail;

/// <summary>The catalogue knows every FastTrack workload by its German and English names and abbreviations.</summary>
public class WorkloadCatalogueTests
{
    private static readonly string[] Catalogue =
    [
        "Exchange Online", "SharePoint Online", "OneDrive", "Teams", "Microsoft 365 Apps", "Intune", "Microsoft Entra ID",
        "Defender for Endpoint", "Defender for Office 365", "Defender for Identity", "Defender for Cloud Apps",
        "Purview Information Protection", "Windows", "Viva", "Microsoft 365 Copilot",
    ];

    [Test]
    public void It_holds_the_whole_catalogue_under_its_canonical_names()
    {
        Assert.That(Checker.Reader.Catalogue.Names, Is.EquivalentTo(Catalogue));
    }

    [TestCase("EXO", "Exchange Online")]
    [TestCase("Exchange-Online", "Exchange Online")]
    [TestCase("SPO", "SharePoint Online")]
    [TestCase("ODfB", "OneDrive")]
    [TestCase("OneDrive für Business", "OneDrive")]
    [TestCase("MS Teams", "Teams")]
    [TestCase("M365 Apps", "Microsoft 365 Apps")]
    [TestCase("Office ProPlus", "Microsoft 365 Apps")]
    [TestCase("Office-Anwendungen", "Microsoft 365 Apps")]
    [TestCase("MEM", "Intune")]
    [TestCase("Endpoint Manager", "Intune")]
    [TestCase("Azure AD", "Microsoft Entra ID")]
    [TestCase("AAD", "Microsoft Entra ID")]
    [TestCase("Entra ID", "Microsoft Entra ID")]
    [TestCase("MDE", "Defender for Endpoint")]
    [TestCase("Defender für Endpunkt", "Defender for Endpoint")]
    [TestCase("MDO", "Defender for Office 365")]
    [TestCase("Defender für Office 365", "Defender for Office 365")]
    [TestCase("MDI", "Defender for Identity")]
    [TestCase("Defender für Identität", "Defender for Identity")]
    [TestCase("MDA", "Defender for Cloud Apps")]
    [TestCase("MCAS", "Defender for Cloud Apps")]
    [TestCase("Defender für Cloud Apps", "Defender for Cloud Apps")]
    [TestCase("MIP", "Purview Information Protection")]
    [TestCase("AIP", "Purview Information Protection")]
    [TestCase("Purview-Informationsschutz", "Purview Information Protection")]
    [TestCase("Windows 11", "Windows")]
    [TestCase("Viva Engage", "Viva")]
    [TestCase("Copilot", "Microsoft 365 Copilot")]
    [TestCase("M365 Copilot", "Microsoft 365 Copilot")]
    public void An_alias_is_read_as_its_workload(string alias, string workload)
    {
        var index = Checker.Reader.Catalogue.OnlyWorkloadIn($"Status {alias}");
        Assert.That(index is { } i ? Checker.Reader.Catalogue.Names[i] : null, Is.EqualTo(workload));
    }

    [TestCase("Office 365 Tenant")]
    [TestCase("Microsoft 365 E5")]
    [TestCase("Homeoffice und Home Office")]
    [TestCase("Teams-Meeting am Dienstag")]
    [TestCase("Windows Server 2016")]
    [TestCase("Teams und Intune")]
    public void Names_that_only_look_like_one_workload_are_none(string subject)
    {
        Assert.That(Checker.Reader.Catalogue.OnlyWorkloadIn(subject), Is.Null);
    }

    [Test]
    public void The_longest_name_wins()
    {
        var catalogue = Checker.Reader.Catalogue;
        Assert.Multiple(() =>
        {
            Assert.That(catalogue.Names[catalogue.OnlyWorkloadIn("Defender for Office 365 rollout")!.Value], Is.EqualTo("Defender for Office 365"));
            Assert.That(catalogue.Names[catalogue.OnlyWorkloadIn("Microsoft 365 Apps for enterprise")!.Value], Is.EqualTo("Microsoft 365 Apps"));
            Assert.That(catalogue.Names[catalogue.OnlyWorkloadIn("Microsoft 365 Copilot Chat")!.Value], Is.EqualTo("Microsoft 365 Copilot"));
        });
    }

    [Test]
    public void In_running_text_lower_case_teams_and_exchange_are_ordinary_words()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NotesOf("Hi,\n\nThe customer's IT teams will not deploy because of a hiring freeze.\n\nThanks").Select(n => n.Workload), Has.None.EqualTo("Teams"));
            Assert.That(NotesOf("Hi,\n\nWe will exchange the certificates, the customer is blocked until then.\n\nThanks").Select(n => n.Workload), Has.None.EqualTo("Exchange Online"));
        });
    }
}
