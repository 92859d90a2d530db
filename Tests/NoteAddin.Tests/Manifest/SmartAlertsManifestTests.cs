using System.Xml.Linq;
using NoteAddin.Manifest;
using AddinManifestRenderer = NoteAddin.Manifest.AddinManifest;

namespace NoteAddin.Tests.Manifest;

/// <summary>The on-send check (Smart Alerts) in the rendered manifest, the render option for its send mode, and lint.</summary>
[TestFixture]
public sealed class SmartAlertsManifestTests
{
    private static XElement Nested(XDocument document) =>
        document.Root!.Element(Ns.Mail10 + "VersionOverrides")!.Element(Ns.Mail11 + "VersionOverrides")!;

    [Test]
    public void The_nested_block_declares_the_runtime_and_the_on_send_event()
    {
        var document = AddinManifestRenderer.Render("https://notes.contoso.com");
        var host = Nested(document).Descendants(Ns.Mail11 + "Host").Single();
        var launch = host.Descendants(Ns.Mail11 + "LaunchEvent").Single();
        var urls = Nested(document).Descendants(Ns.Bt + "Url").ToDictionary(u => (string)u.Attribute("id")!, u => (string)u.Attribute("DefaultValue")!);
        var runtime = host.Element(Ns.Mail11 + "Runtimes")!.Element(Ns.Mail11 + "Runtime")!;

        Assert.Multiple(() =>
        {
            Assert.That(host.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "Runtimes", "DesktopFormFactor" }), "Runtimes before DesktopFormFactor");
            Assert.That((string?)launch.Attribute("Type"), Is.EqualTo("OnMessageSend"));
            Assert.That((string?)launch.Attribute("FunctionName"), Is.EqualTo(SmartAlerts.FunctionName));
            Assert.That((string?)launch.Attribute("SendMode"), Is.EqualTo("PromptUser"), "the writer may send anyway unless an administrator chooses otherwise");
            Assert.That((string?)launch.Parent!.Parent!.Element(Ns.Mail11 + "SourceLocation")!.Attribute("resid"), Is.EqualTo((string?)runtime.Attribute("resid")));
            Assert.That(urls[(string)runtime.Attribute("resid")!], Is.EqualTo("https://notes.contoso.com/onsend.html"));
            Assert.That(urls[(string)runtime.Element(Ns.Mail11 + "Override")!.Attribute("resid")!], Is.EqualTo("https://notes.contoso.com/onsend.js"));
            Assert.That((string?)runtime.Element(Ns.Mail11 + "Override")!.Attribute("type"), Is.EqualTo("javascript"));
        });
    }

    [Test]
    public void The_pane_keeps_its_minimum_requirements()
    {
        var document = AddinManifestRenderer.Render(AddinManifestRenderer.LocalBaseUrl);
        var outer = document.Root!.Element(Ns.Mail10 + "VersionOverrides")!;

        Assert.Multiple(() =>
        {
            Assert.That(document.Root!.Element(Ns.App + "Requirements")!.Descendants(Ns.App + "Set").Single().Attribute("MinVersion")!.Value, Is.EqualTo("1.1"));
            Assert.That(outer.Element(Ns.Mail10 + "Requirements")!.Descendants(Ns.Bt + "Sets").Single().Attribute("DefaultMinVersion")!.Value, Is.EqualTo("1.3"));
            Assert.That(Nested(document).Element(Ns.Mail11 + "Requirements")!.Descendants(Ns.Bt + "Sets").Single().Attribute("DefaultMinVersion")!.Value, Is.EqualTo("1.3"),
                "raising the 1.1 block to 1.12 would take the pane away from older Outlook");
            Assert.That(outer.Elements(Ns.Mail10 + "Hosts").Descendants().Where(e => e.Name.LocalName is "Runtimes" or "LaunchEvent"), Is.Empty, "event-based activation is a Mail 1.1 feature");
        });
    }

    [Test]
    public void The_alert_button_opens_the_pane_button_of_the_manifest()
    {
        var control = Nested(AddinManifestRenderer.Render(AddinManifestRenderer.LocalBaseUrl)).Descendants(Ns.Mail11 + "Control").Single();

        Assert.That((string?)control.Attribute("id"), Is.EqualTo(AddinManifestRenderer.PaneButtonId));
        Assert.That(AddinManifestRenderer.PaneButtonLabel.English.Length, Is.LessThanOrEqualTo(20), "the label is the alert's cancelLabel too");
        Assert.That(AddinManifestRenderer.PaneButtonLabel.German.Length, Is.LessThanOrEqualTo(20), "the label is the alert's cancelLabel too");
    }

    [TestCase("PromptUser")]
    [TestCase("SoftBlock")]
    [TestCase("block")]
    public void Cli_render_takes_the_send_mode_and_the_result_is_lint_clean(string mode)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"manifest-{Guid.NewGuid():N}.xml");
        Assert.That(Cli.Run(["render", "--send-mode", mode, "--out", path], new StringWriter(), new StringWriter()), Is.Zero);

        var launch = XDocument.Load(path).Descendants(Ns.Mail11 + "LaunchEvent").Single();
        Assert.That((string?)launch.Attribute("SendMode"), Is.EqualTo(SmartAlerts.ParseSendMode(mode).ToString()));
        Assert.That(ManifestLinter.LintFile(path, ManifestTests.WebRoot), Is.Empty);
    }

    [Test]
    public void Cli_render_refuses_an_unknown_send_mode_and_its_help_says_block_needs_an_administrator()
    {
        var error = new StringWriter();

        Assert.That(Cli.Run(["render", "--send-mode", "Strict"], new StringWriter(), error), Is.EqualTo(1));
        Assert.That(error.ToString(), Does.Contain("PromptUser, SoftBlock or Block"));

        var help = new StringWriter();
        Cli.Run([], new StringWriter(), help);
        Assert.That(help.ToString(), Does.Contain("--send-mode Block").And.Contain("administrator deploys"));
    }

    [Test]
    public void Lint_finds_a_launch_event_whose_source_is_not_a_runtime()
    {
        var problems = ManifestTests.LintMutated(d =>
            d.Descendants(Ns.Mail11 + "ExtensionPoint").Single(e => (string?)e.Attribute(Ns.Xsi + "type") == "LaunchEvent")
                .Element(Ns.Mail11 + "SourceLocation")!.SetAttributeValue("resid", "Taskpane.Url"));

        Assert.That(problems, Has.Some.Contains("\"Taskpane.Url\" names no <Runtime>"));
    }

    [Test]
    public void Lint_finds_a_runtime_without_the_classic_outlook_script()
    {
        var problems = ManifestTests.LintMutated(d => d.Descendants(Ns.Mail11 + "Override").Single().Remove());

        Assert.That(problems, Has.Some.Contains("Override type=\"javascript\"").And.Some.Contains("classic Outlook"));
    }

    [Test]
    public void Lint_names_runtime_resids_that_do_not_resolve_or_point_elsewhere()
    {
        var problems = ManifestTests.LintMutated(d =>
        {
            d.Descendants(Ns.Mail11 + "Override").Single().SetAttributeValue("resid", "OnSend.Missing");
            d.Descendants(Ns.Mail11 + "Runtime").Single().SetAttributeValue("resid", "Button.Label");
            d.Descendants(Ns.Mail11 + "ExtensionPoint").Single(e => (string?)e.Attribute(Ns.Xsi + "type") == "LaunchEvent")
                .Element(Ns.Mail11 + "SourceLocation")!.SetAttributeValue("resid", "Button.Label");
        });

        Assert.That(problems, Has.Some.Contains("resid \"OnSend.Missing\" on <Override> does not resolve"));
        Assert.That(problems, Has.Some.Contains("resid \"Button.Label\" on <Runtime> points into ShortStrings; it must point into Urls"));
    }

    [Test]
    public void Lint_finds_a_runtime_url_that_is_not_absolute_https()
    {
        var problems = ManifestTests.LintMutated(d =>
            d.Descendants(Ns.Mail11 + "Resources").Descendants(Ns.Bt + "Url").Single(u => (string?)u.Attribute("id") == SmartAlerts.ScriptResid)
                .SetAttributeValue("DefaultValue", "onsend.js"));

        Assert.That(problems, Has.Some.Contains($"resid \"{SmartAlerts.ScriptResid}\"").And.Some.Contains("not an absolute https URL"));
    }

    [Test]
    public void Lint_checks_the_launch_event_itself()
    {
        var problems = ManifestTests.LintMutated(d =>
        {
            var launch = d.Descendants(Ns.Mail11 + "LaunchEvent").Single();
            launch.SetAttributeValue("SendMode", "Strict");
            launch.SetAttributeValue("FunctionName", "on send");
            launch.Parent!.Add(new XElement(Ns.Mail11 + "LaunchEvent", new XAttribute("Type", "OnMessageSend"), new XAttribute("FunctionName", "again")));
        });

        Assert.That(problems, Has.Some.Contains("SendMode \"Strict\""));
        Assert.That(problems, Has.Some.Contains("FunctionName \"on send\""));
        Assert.That(problems, Has.Some.Contains("OnMessageSend has no SendMode"));
        Assert.That(problems, Has.Some.Contains("OnMessageSend is declared 2 times"));
    }

    [Test]
    public void Lint_finds_event_based_activation_in_the_1_0_block_and_runtimes_out_of_order()
    {
        var problems = ManifestTests.LintMutated(d =>
        {
            var nestedHost = d.Descendants(Ns.Mail11 + "Host").Single();
            var runtimes = nestedHost.Element(Ns.Mail11 + "Runtimes")!;
            runtimes.Remove();
            nestedHost.Add(runtimes);

            var outerFormFactor = d.Root!.Element(Ns.Mail10 + "VersionOverrides")!.Descendants(Ns.Mail10 + "DesktopFormFactor").Single();
            outerFormFactor.Add(new XElement(Ns.Mail10 + "ExtensionPoint", new XAttribute(Ns.Xsi + "type", "LaunchEvent")));
        });

        Assert.That(problems, Has.Some.Contains("<Runtimes> must come before <DesktopFormFactor>"));
        Assert.That(problems, Has.Some.Contains("belongs in the nested VersionOverrides 1.1"));
    }
}
