using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using NoteAddin.Manifest;
using AddinManifestRenderer = NoteAddin.Manifest.AddinManifest;

namespace NoteAddin.Tests.Manifest;

/// <summary>The root manifest.xml, the render/lint program, and the icons the manifest declares.</summary>
[TestFixture]
public sealed class ManifestTests
{
    internal static readonly string RepoRoot = FindRepoRoot();
    private static readonly string RootManifest = Path.Combine(RepoRoot, "manifest.xml");
    internal static readonly string WebRoot = Path.Combine(RepoRoot, "AddinService", "wwwroot");

    [Test]
    public void Root_manifest_is_the_render_for_localhost()
    {
        var expected = AddinManifestRenderer.RenderText(AddinManifestRenderer.LocalBaseUrl);
        var actual = File.ReadAllText(RootManifest).ReplaceLineEndings("\n");

        Assert.That(actual, Is.EqualTo(expected),
            "manifest.xml is out of date: dotnet run --project Manifest -- render --out manifest.xml");
    }

    [Test]
    public void Root_manifest_is_lint_clean()
    {
        Assert.That(ManifestLinter.LintFile(RootManifest, WebRoot), Is.Empty);
    }

    [Test]
    public void Production_render_is_lint_clean_and_names_only_its_host()
    {
        var path = WriteTemp(AddinManifestRenderer.RenderText("https://notes.contoso.com"));

        Assert.That(ManifestLinter.LintFile(path, WebRoot), Is.Empty);
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Not.Contain("localhost"));
        Assert.That(text, Does.Contain("https://notes.contoso.com/taskpane.html"));
    }

    [Test]
    public void Render_keeps_a_path_prefix_of_the_base_url()
    {
        var text = AddinManifestRenderer.RenderText("https://contoso.com/notes/");

        Assert.That(text, Does.Contain("https://contoso.com/notes/assets/icon-80.png"));
        Assert.That(ManifestLinter.LintFile(WriteTemp(text), WebRoot), Is.Empty);
    }

    [TestCase("http://notes.contoso.com")]
    [TestCase("notes.contoso.com")]
    [TestCase("https://notes.contoso.com/?x=1")]
    public void Render_refuses_a_base_url_that_is_not_plain_https(string baseUrl)
    {
        Assert.Throws<ArgumentException>(() => AddinManifestRenderer.Render(baseUrl));
    }

    [Test]
    public void Manifest_declares_a_compose_pane_with_pinning()
    {
        var document = AddinManifestRenderer.Render(AddinManifestRenderer.LocalBaseUrl);
        var app = document.Root!;
        var outer = app.Element(Ns.Mail10 + "VersionOverrides")!;
        var nested = outer.Element(Ns.Mail11 + "VersionOverrides")!;

        Assert.Multiple(() =>
        {
            Assert.That(app.Element(Ns.App + "Permissions")!.Value, Is.EqualTo("ReadWriteItem"));
            Assert.That(app.Element(Ns.App + "FormSettings")!.Element(Ns.App + "Form")!.Attribute(Ns.Xsi + "type")!.Value, Is.EqualTo("ItemEdit"));
            Assert.That(outer.Attribute(Ns.Xsi + "type")!.Value, Is.EqualTo("VersionOverridesV1_0"));
            Assert.That(nested.Attribute(Ns.Xsi + "type")!.Value, Is.EqualTo("VersionOverridesV1_1"));
            Assert.That(nested.Descendants(Ns.Mail11 + "SupportsPinning").Single().Value, Is.EqualTo("true"));
            Assert.That(nested.Descendants(Ns.Mail11 + "ExtensionPoint").Select(e => e.Attribute(Ns.Xsi + "type")!.Value),
                Is.EqualTo(new[] { "MessageComposeCommandSurface", "LaunchEvent" }));
        });
    }

    [Test]
    public void Lint_names_a_resid_that_does_not_resolve()
    {
        var problems = LintMutated(d => d.Descendants(Ns.Mail11 + "Label").First().SetAttributeValue("resid", "Group.Missing"));

        Assert.That(problems, Has.Some.Contains("resid \"Group.Missing\"").And.Some.Contains("1.1"));
    }

    [Test]
    public void Lint_finds_a_resid_pointing_into_the_wrong_resource_list()
    {
        var problems = LintMutated(d => d.Descendants(Ns.Mail10 + "Label").First().SetAttributeValue("resid", "Button.Tooltip"));

        Assert.That(problems, Has.Some.Contains("\"Button.Tooltip\"").And.Some.Contains("ShortStrings"));
    }

    [Test]
    public void Lint_finds_http()
    {
        var problems = LintMutated(d => d.Descendants(Ns.Bt + "Url").First().SetAttributeValue("DefaultValue", "http://localhost:3000/taskpane.html"));

        Assert.That(problems, Has.Some.Contains("http://localhost:3000/taskpane.html"));
    }

    [Test]
    public void Lint_finds_elements_out_of_order()
    {
        var problems = LintMutated(d =>
        {
            var version = d.Root!.Element(Ns.App + "Version")!;
            version.Remove();
            d.Root.Element(Ns.App + "Id")!.AddBeforeSelf(version);
        });

        Assert.That(problems, Has.Some.Contains("<Id> must come before <Version>"));
    }

    [Test]
    public void Lint_finds_a_missing_compose_form_and_read_only_permission()
    {
        var problems = LintMutated(d =>
        {
            d.Root!.Element(Ns.App + "Permissions")!.Value = "ReadItem";
            d.Root.Descendants(Ns.App + "Form").Single().SetAttributeValue(Ns.Xsi + "type", "ItemRead");
        });

        Assert.That(problems, Has.Some.Contains("ReadWriteItem").And.Some.Contains("ItemEdit"));
    }

    [Test]
    public void Lint_finds_a_missing_compose_surface_and_pinning()
    {
        var problems = LintMutated(d =>
        {
            foreach (var point in d.Descendants().Where(e => e.Name.LocalName == "ExtensionPoint"))
            {
                point.SetAttributeValue(Ns.Xsi + "type", "MessageReadCommandSurface");
            }

            d.Descendants(Ns.Mail11 + "SupportsPinning").Remove();
        });

        Assert.That(problems, Has.Some.Contains("MessageComposeCommandSurface").And.Some.Contains("SupportsPinning"));
    }

    [Test]
    public void Lint_finds_an_icon_of_the_wrong_size_and_a_missing_one()
    {
        var webRoot = Directory.CreateTempSubdirectory("noteaddin-webroot-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(webRoot, "assets"));
            foreach (var size in AddinManifestRenderer.IconSizes.Where(s => s != 16))
            {
                File.WriteAllBytes(Path.Combine(webRoot, "assets", $"icon-{size}.png"), IconPainter.Paint(size == 80 ? 64 : size));
            }

            var problems = ManifestLinter.LintFile(RootManifest, webRoot);

            Assert.That(problems, Has.Some.Contains("icon-80.png is 64×64, declared 80×80"));
            Assert.That(problems, Has.Some.Contains("icon-16.png").And.Some.Contains("no file"));
        }
        finally
        {
            Directory.Delete(webRoot, recursive: true);
        }
    }

    [Test]
    public void Committed_icons_are_pngs_of_their_size()
    {
        foreach (var size in AddinManifestRenderer.IconSizes)
        {
            var bytes = File.ReadAllBytes(Path.Combine(WebRoot, AddinManifestRenderer.IconPath(size)));
            Assert.That(Png.ReadSize(bytes), Is.EqualTo((size, size)), $"icon-{size}.png");
        }
    }

    [Test]
    public void Cli_lint_exits_non_zero_on_a_problem_and_zero_when_clean()
    {
        var broken = WriteTemp(File.ReadAllText(RootManifest).Replace("resid=\"Button.Label\"", "resid=\"Button.Nope\"", StringComparison.Ordinal));
        var output = new StringWriter();
        var error = new StringWriter();

        Assert.That(Cli.Run(["lint", broken, "--web-root", WebRoot], output, error), Is.EqualTo(1));
        Assert.That(error.ToString(), Does.Contain("Button.Nope"));
        Assert.That(Cli.Run(["lint", RootManifest, "--web-root", WebRoot], output, error), Is.Zero);
        Assert.That(Cli.Run(["lint", Path.Combine(RepoRoot, "no-such-manifest.xml")], output, error), Is.EqualTo(1));
        Assert.That(Cli.Run(["bogus"], output, error), Is.Not.Zero);
    }

    [Test]
    public void Cli_render_writes_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.xml");
        try
        {
            Assert.That(Cli.Run(["render", "--base-url", "https://notes.contoso.com", "--out", path], new StringWriter(), new StringWriter()), Is.Zero);
            Assert.That(File.ReadAllText(path), Is.EqualTo(AddinManifestRenderer.RenderText("https://notes.contoso.com")));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Validates manifest.xml against Microsoft's published add-in manifest schemas, kept beside the repository in
    /// shared/schemas (not copied into it). Those 2020 schemas predate SupportsPinning and event-based activation
    /// (the Host's Runtimes, the LaunchEvent extension point), so those are taken out before validating (lint and
    /// the unified-manifest conversion check them); everything else must validate as it is.
    /// </summary>
    [Test]
    public void Root_manifest_validates_against_the_published_schemas()
    {
        var schemas = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "schemas", "addin-manifest-2020"));
        if (!Directory.Exists(schemas))
        {
            Assert.Ignore($"The manifest schemas are not beside this repository ({Path.Combine("..", "shared", "schemas", "addin-manifest-2020")}); lint still checks the manifest.");
        }

        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        foreach (var file in Directory.GetFiles(schemas, "*.xsd").Where(f => !Path.GetFileName(f).StartsWith("ContentApp", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("TaskPaneApp", StringComparison.Ordinal)))
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            set.Add(null, reader);
        }

        set.Compile();

        // As it is, the only complaints may be about the elements the schemas do not know yet.
        var asIs = new List<string>();
        XDocument.Load(RootManifest).Validate(set, (_, e) => asIs.Add($"{e.Severity}: {e.Message}"));
        Assert.That(asIs, Has.All.Matches<string>(m => m!.Contains("SupportsPinning") || m.Contains("Runtimes") || m.Contains("LaunchEvent")));

        var document = XDocument.Load(RootManifest);
        var newer = document.Descendants(Ns.Mail11 + "SupportsPinning")
            .Concat(document.Descendants(Ns.Mail11 + "Runtimes"))
            .Concat(document.Descendants(Ns.Mail11 + "ExtensionPoint").Where(e => (string?)e.Attribute(Ns.Xsi + "type") == "LaunchEvent"))
            .ToList();
        Assert.That(newer, Has.Count.EqualTo(3));
        newer.Remove();

        var errors = new List<string>();
        document.Validate(set, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        Assert.That(errors, Is.Empty);
        TestContext.Out.WriteLine($"schema check: as rendered {asIs.Count} complaint(s), all about newer elements: {string.Join(" | ", asIs)}");
    }

    internal static IReadOnlyList<string> LintMutated(Action<XDocument> change)
    {
        var document = AddinManifestRenderer.Render(AddinManifestRenderer.LocalBaseUrl);
        change(document);
        return ManifestLinter.LintFile(WriteTemp(document.ToString()), WebRoot);
    }

    internal static string WriteTemp(string text)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"manifest-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, text);
        return path;
    }

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NoteAddin.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("NoteAddin.sln not found above the test output");
    }
}
