using System.Xml.Linq;

namespace NoteAddin.Manifest;

/// <summary>
/// Renders the compose-mode Outlook add-in manifest for one base URL. The root manifest.xml is this render for
/// https://localhost:3000 (a test keeps the two equal), so every host gets the same manifest but for its address.
/// </summary>
public static class AddinManifest
{
    public const string LocalBaseUrl = "https://localhost:3000";

    /// <summary>The add-in's identity: one Id for every environment, so a re-sideload replaces rather than duplicates.</summary>
    public const string AddinId = "e194d5f3-b8e2-4058-845c-5e0b867f4cf9";

    public const string Version = "1.0.0.0";

    /// <summary>Icon sizes the manifest declares: 16/32/80 for the ribbon button, 64/128 for the add-in's own icon.</summary>
    public static readonly int[] IconSizes = [16, 32, 64, 80, 128];

    public static string IconPath(int size) => $"assets/icon-{size}.png";

    public const string TaskPanePath = "taskpane.html";

    /// <summary>The pane button's control id: the on-send alert's button names it (commandId) to open the pane.</summary>
    public const string PaneButtonId = "noteCoachButton";

    /// <summary>The pane button's label; the on-send alert's button carries the same words (at most 20 characters there).</summary>
    public static readonly LocalisedText PaneButtonLabel = new("Check note", "Notiz prüfen");

    public static XDocument Render(string baseUrl, SendMode sendMode = SmartAlerts.DefaultSendMode)
    {
        var root = NormaliseBaseUrl(baseUrl);
        string Url(string path) => $"{root}/{path}";

        // onSend: the 1.1 block also declares the on-send check (LaunchEvent and its runtime are Mail 1.1 elements).
        XElement Overrides(XNamespace ns, string type, bool pinning, bool onSend, XElement? nested)
        {
            var action = new XElement(ns + "Action", new XAttribute(Ns.Xsi + "type", "ShowTaskpane"),
                new XElement(ns + "SourceLocation", new XAttribute("resid", "Taskpane.Url")));
            if (pinning)
            {
                action.Add(new XElement(ns + "SupportsPinning", "true"));
            }

            // Both blocks ask for Mailbox 1.3, the pane's minimum. The on-send check needs more (OnMessageSend 1.12, the
            // alert's pane button 1.14), but an XML manifest states requirements per VersionOverrides block only:
            // raising this block's minimum would take the pane from every older Outlook. Clients below 1.12 never raise
            // OnMessageSend; the script asks for 1.14 before it names the pane button.
            return new XElement(ns + "VersionOverrides", new XAttribute("xmlns", ns.NamespaceName), new XAttribute(Ns.Xsi + "type", type),
                new XElement(ns + "Requirements",
                    new XElement(Ns.Bt + "Sets", new XAttribute("DefaultMinVersion", "1.3"),
                        new XElement(Ns.Bt + "Set", new XAttribute("Name", "Mailbox")))),
                new XElement(ns + "Hosts",
                    new XElement(ns + "Host", new XAttribute(Ns.Xsi + "type", "MailHost"),
                        onSend ? SmartAlerts.Runtimes(ns) : null,
                        new XElement(ns + "DesktopFormFactor",
                            new XElement(ns + "ExtensionPoint", new XAttribute(Ns.Xsi + "type", "MessageComposeCommandSurface"),
                                new XElement(ns + "OfficeTab", new XAttribute("id", "TabDefault"),
                                    new XElement(ns + "Group", new XAttribute("id", "noteCoachGroup"),
                                        new XElement(ns + "Label", new XAttribute("resid", "Group.Label")),
                                        new XElement(ns + "Control", new XAttribute(Ns.Xsi + "type", "Button"), new XAttribute("id", PaneButtonId),
                                            new XElement(ns + "Label", new XAttribute("resid", "Button.Label")),
                                            new XElement(ns + "Supertip",
                                                new XElement(ns + "Title", new XAttribute("resid", "Button.Label")),
                                                new XElement(ns + "Description", new XAttribute("resid", "Button.Tooltip"))),
                                            new XElement(ns + "Icon",
                                                new[] { 16, 32, 80 }.Select(size => new XElement(Ns.Bt + "Image",
                                                    new XAttribute("size", size), new XAttribute("resid", $"Icon.{size}")))),
                                            action)))),
                            onSend ? SmartAlerts.LaunchEvent(ns, sendMode) : null))),
                Resources(ns, onSend),
                nested);
        }

        XElement Resources(XNamespace ns, bool onSend) => new(ns + "Resources",
            new XElement(Ns.Bt + "Images",
                new[] { 16, 32, 80 }.Select(size => new XElement(Ns.Bt + "Image",
                    new XAttribute("id", $"Icon.{size}"), new XAttribute("DefaultValue", Url(IconPath(size)))))),
            new XElement(Ns.Bt + "Urls",
                new XElement(Ns.Bt + "Url", new XAttribute("id", "Taskpane.Url"), new XAttribute("DefaultValue", Url(TaskPanePath))),
                onSend ? SmartAlerts.Urls(Url) : null),
            new XElement(Ns.Bt + "ShortStrings",
                Localised("String", "Group.Label", "Note coach", "Notiz-Coach"),
                Localised("String", "Button.Label", PaneButtonLabel.English, PaneButtonLabel.German)),
            new XElement(Ns.Bt + "LongStrings",
                Localised("String", "Button.Tooltip",
                    "Checks the entitlement status note in this mail and offers a better one.",
                    "Prüft die Entitlement-Statusnotiz in dieser E-Mail und schlägt eine bessere vor.")));

        // Clients that know 1.1 read the nested block (pin the pane, run the on-send check); older ones read the outer 1.0 block.
        var v11 = Overrides(Ns.Mail11, "VersionOverridesV1_1", pinning: true, onSend: true, nested: null);
        var v10 = Overrides(Ns.Mail10, "VersionOverridesV1_0", pinning: false, onSend: false, nested: v11);

        var app = new XElement(Ns.App + "OfficeApp",
            new XAttribute("xmlns", Ns.App.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xsi", Ns.Xsi.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "bt", Ns.Bt.NamespaceName),
            new XAttribute(Ns.Xsi + "type", "MailApp"),
            new XElement(Ns.App + "Id", AddinId),
            new XElement(Ns.App + "Version", Version),
            new XElement(Ns.App + "ProviderName", "NoteAddin"),
            new XElement(Ns.App + "DefaultLocale", "en-US"),
            new XElement(Ns.App + "DisplayName", new XAttribute("DefaultValue", "NoteAddin – note coach"),
                new XElement(Ns.App + "Override", new XAttribute("Locale", "de-DE"), new XAttribute("Value", "NoteAddin – Notiz-Coach"))),
            new XElement(Ns.App + "Description",
                new XAttribute("DefaultValue", "Coaches entitlement status notes while you write them: status, reason, score and a better wording."),
                new XElement(Ns.App + "Override", new XAttribute("Locale", "de-DE"),
                    new XAttribute("Value", "Hilft beim Schreiben von Entitlement-Statusnotizen: Status, Grund, Punkte und eine bessere Formulierung."))),
            new XElement(Ns.App + "IconUrl", new XAttribute("DefaultValue", Url(IconPath(64)))),
            new XElement(Ns.App + "HighResolutionIconUrl", new XAttribute("DefaultValue", Url(IconPath(128)))),
            new XElement(Ns.App + "SupportUrl", new XAttribute("DefaultValue", Url(TaskPanePath))),
            new XElement(Ns.App + "AppDomains", new XElement(Ns.App + "AppDomain", root)),
            new XElement(Ns.App + "Hosts", new XElement(Ns.App + "Host", new XAttribute("Name", "Mailbox"))),
            new XElement(Ns.App + "Requirements",
                new XElement(Ns.App + "Sets",
                    new XElement(Ns.App + "Set", new XAttribute("Name", "Mailbox"), new XAttribute("MinVersion", "1.1")))),
            new XElement(Ns.App + "FormSettings",
                new XElement(Ns.App + "Form", new XAttribute(Ns.Xsi + "type", "ItemEdit"),
                    new XElement(Ns.App + "DesktopSettings",
                        new XElement(Ns.App + "SourceLocation", new XAttribute("DefaultValue", Url(TaskPanePath)))))),
            new XElement(Ns.App + "Permissions", "ReadWriteItem"),
            new XElement(Ns.App + "Rule", new XAttribute(Ns.Xsi + "type", "RuleCollection"), new XAttribute("Mode", "Or"),
                new XElement(Ns.App + "Rule", new XAttribute(Ns.Xsi + "type", "ItemIs"),
                    new XAttribute("ItemType", "Message"), new XAttribute("FormType", "Edit"))),
            new XElement(Ns.App + "DisableEntityHighlighting", "false"),
            v10);

        return new XDocument(new XDeclaration("1.0", "utf-8", null), app);

        XElement Localised(string kind, string id, string english, string german) =>
            new(Ns.Bt + kind, new XAttribute("id", id), new XAttribute("DefaultValue", english),
                new XElement(Ns.Bt + "Override", new XAttribute("Locale", "de-DE"), new XAttribute("Value", german)));
    }

    /// <summary>The manifest as text, exactly as <c>render</c> writes it (UTF-8, two-space indent, LF line ends).</summary>
    public static string RenderText(string baseUrl, SendMode sendMode = SmartAlerts.DefaultSendMode)
    {
        var settings = new System.Xml.XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = System.Xml.NewLineHandling.Replace,
            Encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        using var stream = new MemoryStream();
        using (var writer = System.Xml.XmlWriter.Create(stream, settings))
        {
            Render(baseUrl, sendMode).Save(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>An absolute https URL without a trailing slash; anything else is refused with a reason.</summary>
    public static string NormaliseBaseUrl(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"The base URL must be an absolute https URL, such as https://notes.contoso.com (got \"{baseUrl}\").");
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new ArgumentException($"The base URL must not have a query or fragment (got \"{baseUrl}\").");
        }

        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }
}

/// <summary>A text the manifest carries in English (its default locale) and German (de-DE).</summary>
public sealed record LocalisedText(string English, string German);

/// <summary>The XML namespaces of an Office add-in manifest.</summary>
public static class Ns
{
    public static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    public static readonly XNamespace Mail10 = "http://schemas.microsoft.com/office/mailappversionoverrides";
    public static readonly XNamespace Mail11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
}
