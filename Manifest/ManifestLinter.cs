using System.Xml;
using System.Xml.Linq;

namespace NoteAddin.Manifest;

/// <summary>
/// Offline checks of a compose-mode Outlook add-in manifest: the mistakes that make Outlook refuse a sideload or
/// show a broken button, each reported with its line; the on-send declaration (Runtimes, LaunchEvent) is checked by
/// <see cref="LaunchEventLinter"/>. Microsoft's own validator is an online service; this one runs in a test and in CI.
/// </summary>
public sealed class ManifestLinter(string webRoot)
{
    // The schema's sequences (OfficeAppManifestV1_1, MailAppVersionOverrides): children must come in this order.
    private static readonly Dictionary<string, string[]> Order = new()
    {
        ["OfficeApp"] = ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
            "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings", "Permissions", "Rule",
            "DisableEntityHighlighting", "VersionOverrides"],
        ["VersionOverrides"] = ["Description", "Requirements", "Hosts", "Resources", "VersionOverrides"],
        ["Resources"] = ["Images", "Urls", "ShortStrings", "LongStrings"],
        ["Host"] = ["Runtimes", "DesktopFormFactor", "MobileFormFactor"],
        ["DesktopFormFactor"] = ["FunctionFile", "ExtensionPoint"],
        ["ExtensionPoint"] = ["OfficeTab", "CustomTab", "LaunchEvents", "SourceLocation"],
        ["Group"] = ["Label", "Control"],
        ["Control"] = ["Label", "Supertip", "Icon", "Action"],
        ["Supertip"] = ["Title", "Description"],
        ["Action"] = ["SourceLocation", "SupportsPinning"],
        ["Form"] = ["DesktopSettings", "TabletSettings", "PhoneSettings"],
    };

    private static readonly string[] Required = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "Requirements", "FormSettings", "Rule"];

    // Which resource list a resid must point into, by the element that carries it.
    private static readonly Dictionary<string, string> ResourceKind = new()
    {
        ["Label"] = "ShortStrings",
        ["Title"] = "ShortStrings",
        ["Description"] = "LongStrings",
        ["Image"] = "Images",
        ["SourceLocation"] = "Urls",
        ["FunctionFile"] = "Urls",
        ["Runtime"] = "Urls",
        ["Override"] = "Urls",
    };

    private static readonly Dictionary<string, int> MaxLength = new() { ["ShortStrings"] = 125, ["LongStrings"] = 250 };

    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Lints a manifest file; icon URLs are looked up under the web root.</summary>
    public static IReadOnlyList<string> LintFile(string path, string webRoot)
    {
        var linter = new ManifestLinter(webRoot);
        XDocument document;
        try
        {
            document = XDocument.Load(path, LoadOptions.SetLineInfo);
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            return [$"cannot read the manifest: {e.Message}"];
        }

        linter.Lint(document);
        return linter.Problems;
    }

    public void Lint(XDocument document)
    {
        var app = document.Root;
        if (app is null || app.Name != Ns.App + "OfficeApp")
        {
            Report(app, $"the root element must be OfficeApp in {Ns.App.NamespaceName}");
            return;
        }

        if ((string?)app.Attribute(Ns.Xsi + "type") != "MailApp")
        {
            Report(app, "OfficeApp must be xsi:type=\"MailApp\" (an Outlook add-in)");
        }

        foreach (var name in Required.Where(n => app.Element(Ns.App + n) is null))
        {
            Report(app, $"<{name}> is missing");
        }

        var ids = app.Elements(Ns.App + "Id").ToList();
        if (ids.Count > 1)
        {
            Report(ids[1], "more than one <Id>");
        }
        else if (ids.Count == 1 && !Guid.TryParse(ids[0].Value, out _))
        {
            Report(ids[0], $"<Id> \"{ids[0].Value}\" is not a GUID");
        }

        CheckOrder(app);
        CheckHttps(app);
        CheckCompose(app);
        CheckResources(app);
        CheckIcons(app);
        new LaunchEventLinter(Report).Check(app);
    }

    private void CheckOrder(XElement app)
    {
        foreach (var parent in app.DescendantsAndSelf())
        {
            if (!Order.TryGetValue(parent.Name.LocalName, out var expected))
            {
                continue;
            }

            var last = -1;
            XElement? lastElement = null;
            foreach (var child in parent.Elements())
            {
                var index = Array.IndexOf(expected, child.Name.LocalName);
                if (index < 0)
                {
                    continue;
                }

                if (index < last)
                {
                    Report(child, $"<{child.Name.LocalName}> must come before <{lastElement!.Name.LocalName}> inside <{parent.Name.LocalName}>");
                }
                else
                {
                    last = index;
                    lastElement = child;
                }
            }
        }
    }

    private void CheckHttps(XElement app)
    {
        foreach (var element in app.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
            {
                CheckUrl(element, attribute.Value, $"{element.Name.LocalName}/@{attribute.Name.LocalName}");
            }

            if (!element.HasElements)
            {
                CheckUrl(element, element.Value, $"<{element.Name.LocalName}>");
            }
        }
    }

    private void CheckUrl(XElement where, string value, string what)
    {
        var text = value.Trim();
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            Report(where, $"{what} uses http: \"{text}\" — Office loads add-ins over https only");
        }
        else if (text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !Uri.TryCreate(text, UriKind.Absolute, out _))
        {
            Report(where, $"{what} is not a valid URL: \"{text}\"");
        }
    }

    private void CheckCompose(XElement app)
    {
        var permission = app.Element(Ns.App + "Permissions")?.Value.Trim();
        if (permission is not ("ReadWriteItem" or "ReadWriteMailbox"))
        {
            Report(app.Element(Ns.App + "Permissions") ?? app,
                $"<Permissions> is \"{permission ?? "(missing)"}\"; inserting into the mail needs ReadWriteItem");
        }

        var forms = app.Element(Ns.App + "FormSettings")?.Elements(Ns.App + "Form").ToList() ?? [];
        var edit = forms.FirstOrDefault(f => (string?)f.Attribute(Ns.Xsi + "type") == "ItemEdit");
        if (edit is null)
        {
            Report(app.Element(Ns.App + "FormSettings") ?? app, "no <Form xsi:type=\"ItemEdit\">: the pane would not open in compose");
        }
        else if (edit.Element(Ns.App + "DesktopSettings")?.Element(Ns.App + "SourceLocation") is null)
        {
            Report(edit, "the ItemEdit form has no DesktopSettings/SourceLocation");
        }

        var composeRule = app.Descendants(Ns.App + "Rule").Any(r =>
            (string?)r.Attribute(Ns.Xsi + "type") == "ItemIs" && (string?)r.Attribute("FormType") is "Edit" or "ReadOrEdit");
        if (!composeRule)
        {
            Report(app.Element(Ns.App + "Rule") ?? app, "no activation rule for compose (ItemIs with FormType=\"Edit\" or \"ReadOrEdit\")");
        }

        var overrides = app.Element(Ns.Mail10 + "VersionOverrides");
        if (overrides is null)
        {
            Report(app, $"no <VersionOverrides> in {Ns.Mail10.NamespaceName}: there would be no button in compose");
            return;
        }

        foreach (var block in new[] { overrides, overrides.Element(Ns.Mail11 + "VersionOverrides") })
        {
            if (block is null)
            {
                Report(overrides, "no nested <VersionOverrides> 1.1 (it carries SupportsPinning)");
                continue;
            }

            var ns = block.Name.Namespace;
            var surfaces = block.Descendants(ns + "ExtensionPoint").Select(e => (string?)e.Attribute(Ns.Xsi + "type")).ToList();
            if (!surfaces.Contains("MessageComposeCommandSurface"))
            {
                Report(block, $"VersionOverrides {Version(block)} has no ExtensionPoint of type MessageComposeCommandSurface");
            }

            var buttons = block.Descendants(ns + "Control").Where(c => (string?)c.Attribute(Ns.Xsi + "type") == "Button").ToList();
            if (!buttons.Any(b => b.Element(ns + "Action") is { } a && (string?)a.Attribute(Ns.Xsi + "type") == "ShowTaskpane"))
            {
                Report(block, $"VersionOverrides {Version(block)} has no button that shows the task pane");
            }

            if (ns == Ns.Mail11 && !block.Descendants(ns + "SupportsPinning").Any(p => p.Value.Trim() == "true"))
            {
                Report(block, "VersionOverrides 1.1 does not set SupportsPinning to true");
            }
        }
    }

    private void CheckResources(XElement app)
    {
        foreach (var block in app.Descendants().Where(e => e.Name.LocalName == "VersionOverrides"))
        {
            var resources = block.Elements().FirstOrDefault(e => e.Name.LocalName == "Resources");
            var known = new Dictionary<string, (string Kind, XElement Element)>(StringComparer.Ordinal);
            foreach (var list in resources?.Elements() ?? [])
            {
                foreach (var entry in list.Elements())
                {
                    var id = (string?)entry.Attribute("id");
                    if (string.IsNullOrEmpty(id))
                    {
                        Report(entry, $"a resource in <{list.Name.LocalName}> has no id");
                        continue;
                    }

                    if (!known.TryAdd(id, (list.Name.LocalName, entry)))
                    {
                        Report(entry, $"resource id \"{id}\" is defined twice in VersionOverrides {Version(block)}");
                    }

                    if (MaxLength.TryGetValue(list.Name.LocalName, out var max))
                    {
                        foreach (var value in new[] { (string?)entry.Attribute("DefaultValue") }
                                     .Concat(entry.Elements().Select(o => (string?)o.Attribute("Value"))))
                        {
                            if (value is not null && value.Length > max)
                            {
                                Report(entry, $"resource \"{id}\" is {value.Length} characters; {list.Name.LocalName} allow {max}");
                            }
                        }
                    }
                }
            }

            // Only this block's own references: a nested VersionOverrides has its own Resources.
            var references = block.Descendants()
                .Where(e => e.Attribute("resid") is not null && e.Ancestors().First(a => a.Name.LocalName == "VersionOverrides") == block);
            foreach (var element in references)
            {
                var resid = (string)element.Attribute("resid")!;
                if (!known.TryGetValue(resid, out var target))
                {
                    Report(element, $"resid \"{resid}\" on <{element.Name.LocalName}> does not resolve: no resource with that id in VersionOverrides {Version(block)}");
                }
                else if (ResourceKind.TryGetValue(element.Name.LocalName, out var kind) && kind != target.Kind)
                {
                    Report(element, $"resid \"{resid}\" on <{element.Name.LocalName}> points into {target.Kind}; it must point into {kind}");
                }
            }
        }
    }

    private void CheckIcons(XElement app)
    {
        CheckIcon(app.Element(Ns.App + "IconUrl"), (string?)app.Element(Ns.App + "IconUrl")?.Attribute("DefaultValue"), 64);
        CheckIcon(app.Element(Ns.App + "HighResolutionIconUrl"), (string?)app.Element(Ns.App + "HighResolutionIconUrl")?.Attribute("DefaultValue"), 128);

        foreach (var block in app.Descendants().Where(e => e.Name.LocalName == "VersionOverrides"))
        {
            var images = block.Elements().FirstOrDefault(e => e.Name.LocalName == "Resources")?.Element(Ns.Bt + "Images")?.Elements(Ns.Bt + "Image")
                .Where(i => i.Attribute("id") is not null)
                .GroupBy(i => (string)i.Attribute("id")!)
                .ToDictionary(g => g.Key, g => g.First()) ?? [];
            var uses = block.Descendants(Ns.Bt + "Image")
                .Where(i => i.Attribute("resid") is not null && i.Ancestors().First(a => a.Name.LocalName == "VersionOverrides") == block);
            foreach (var use in uses)
            {
                if (!int.TryParse((string?)use.Attribute("size"), out var size))
                {
                    Report(use, "an icon <bt:Image> has no numeric size");
                    continue;
                }

                if (images.TryGetValue((string)use.Attribute("resid")!, out var image))
                {
                    CheckIcon(image, (string?)image.Attribute("DefaultValue"), size);
                }
            }
        }
    }

    private readonly HashSet<(string, int)> _iconsChecked = [];

    private void CheckIcon(XElement? where, string? url, int size)
    {
        if (where is null || string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !_iconsChecked.Add((url, size)))
        {
            return;
        }

        var file = FindFile(uri);
        if (file is null)
        {
            Report(where, $"icon {url} (declared {size}×{size}) has no file under the web root {webRoot}");
            return;
        }

        var actual = Png.ReadSize(File.ReadAllBytes(file));
        if (actual is null)
        {
            Report(where, $"icon {url} is not a PNG file");
        }
        else if (actual.Value.Width != size || actual.Value.Height != size)
        {
            Report(where, $"icon {url} is {actual.Value.Width}×{actual.Value.Height}, declared {size}×{size}");
        }
    }

    /// <summary>The URL's path under the web root, trying shorter paths so a base URL with a path prefix still maps.</summary>
    private string? FindFile(Uri uri)
    {
        var segments = uri.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        for (var skip = 0; skip < segments.Length; skip++)
        {
            var candidate = Path.Combine([webRoot, .. segments[skip..]]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Version(XElement block) => block.Name.Namespace == Ns.Mail11 ? "1.1" : "1.0";

    private void Report(XElement? element, string message)
    {
        var line = element is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}: " : "";
        _problems.Add(line + message);
    }
}
