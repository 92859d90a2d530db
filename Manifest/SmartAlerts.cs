using System.Xml.Linq;

namespace NoteAddin.Manifest;

/// <summary>
/// Outlook's on-send check ("Smart Alerts", event-based activation on OnMessageSend) as the manifest declares it:
/// the runtime page, the script, the handler's name and the send mode. The service serves the page and the script at
/// these paths and renders the handler's name into the script, so the names live here once.
/// </summary>
public static class SmartAlerts
{
    /// <summary>The page Outlook on the web and new Outlook load (it loads office.js and the script).</summary>
    public const string RuntimePagePath = "onsend.html";

    /// <summary>The script classic Outlook on Windows runs on its own, in its JavaScript-only runtime.</summary>
    public const string ScriptPath = "onsend.js";

    /// <summary>The name the script registers with <c>Office.actions.associate</c> and the LaunchEvent names.</summary>
    public const string FunctionName = "onMessageSendHandler";

    public const string RuntimeResid = "OnSend.Runtime.Url";
    public const string ScriptResid = "OnSend.Script.Url";

    /// <summary>The writer may always send anyway: a coach advises, it does not forbid.</summary>
    public const SendMode DefaultSendMode = SendMode.PromptUser;

    /// <summary>
    /// The Host's <c>&lt;Runtimes&gt;</c> block (it comes before DesktopFormFactor): one runtime, the HTML page, with the
    /// script as its JavaScript-only override.
    /// </summary>
    internal static XElement Runtimes(XNamespace ns) =>
        new(ns + "Runtimes",
            new XElement(ns + "Runtime", new XAttribute("resid", RuntimeResid),
                new XElement(ns + "Override", new XAttribute("type", "javascript"), new XAttribute("resid", ScriptResid))));

    /// <summary>The LaunchEvent extension point: OnMessageSend runs the handler in the runtime above.</summary>
    internal static XElement LaunchEvent(XNamespace ns, SendMode sendMode) =>
        new(ns + "ExtensionPoint", new XAttribute(Ns.Xsi + "type", "LaunchEvent"),
            new XElement(ns + "LaunchEvents",
                new XElement(ns + "LaunchEvent", new XAttribute("Type", "OnMessageSend"), new XAttribute("FunctionName", FunctionName),
                    new XAttribute("SendMode", sendMode.ToString()))),
            new XElement(ns + "SourceLocation", new XAttribute("resid", RuntimeResid)));

    /// <summary>The two URL resources the runtime points at.</summary>
    internal static IEnumerable<XElement> Urls(Func<string, string> url) =>
    [
        new XElement(Ns.Bt + "Url", new XAttribute("id", RuntimeResid), new XAttribute("DefaultValue", url(RuntimePagePath))),
        new XElement(Ns.Bt + "Url", new XAttribute("id", ScriptResid), new XAttribute("DefaultValue", url(ScriptPath))),
    ];

    /// <summary>Reads a send mode the way the command line spells it (case does not matter).</summary>
    public static SendMode ParseSendMode(string value)
    {
        foreach (var mode in Enum.GetValues<SendMode>())
        {
            if (string.Equals(mode.ToString(), value, StringComparison.OrdinalIgnoreCase))
            {
                return mode;
            }
        }

        throw new ArgumentException($"--send-mode must be PromptUser, SoftBlock or Block (got \"{value}\").");
    }
}

/// <summary>What Outlook does when the handler stops a send (the LaunchEvent's SendMode).</summary>
public enum SendMode
{
    /// <summary>The writer sees the warning and may send anyway; if the add-in cannot run, the mail goes.</summary>
    PromptUser,

    /// <summary>The writer must fix the mail first; if the add-in cannot run, the mail still goes.</summary>
    SoftBlock,

    /// <summary>No send until the add-in agrees, even when it cannot run. Only for add-ins an administrator deployed.</summary>
    Block,
}
