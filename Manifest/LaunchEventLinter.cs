using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NoteAddin.Manifest;

/// <summary>
/// The lint checks for event-based activation (Smart Alerts): <c>&lt;Runtimes&gt;</c> and LaunchEvent extension points.
/// Mistakes here do not stop a sideload; they surface at Send as "add-in unavailable" or as a send that is never
/// checked, which is why they are worth catching offline. Element order and that every resid resolves into the right
/// resource list are <see cref="ManifestLinter"/>'s generic checks; this class checks what those resids mean.
/// </summary>
internal sealed partial class LaunchEventLinter(Action<XElement?, string> report)
{
    private static readonly string[] SendModes = [nameof(SendMode.PromptUser), nameof(SendMode.SoftBlock), nameof(SendMode.Block)];

    // The events that take a SendMode (Smart Alerts); every other LaunchEvent must not carry one.
    private static readonly string[] SendEvents = ["OnMessageSend", "OnAppointmentSend"];

    public void Check(XElement app)
    {
        foreach (var block in app.Descendants().Where(e => e.Name.LocalName == "VersionOverrides"))
        {
            var ns = block.Name.Namespace;
            foreach (var host in block.Elements(ns + "Hosts").Elements(ns + "Host"))
            {
                CheckHost(block, host);
            }
        }

        // Outlook takes one OnMessageSend and one OnAppointmentSend per add-in.
        foreach (var repeated in app.Descendants().Where(e => e.Name.LocalName == "LaunchEvent")
                     .GroupBy(e => (string?)e.Attribute("Type"))
                     .Where(g => g.Key is not null && SendEvents.Contains(g.Key) && g.Count() > 1))
        {
            report(repeated.ElementAt(1), $"{repeated.Key} is declared {repeated.Count()} times; Outlook allows one per add-in");
        }
    }

    private void CheckHost(XElement block, XElement host)
    {
        var ns = block.Name.Namespace;
        var isMail11 = ns == Ns.Mail11;
        var runtimes = host.Elements(ns + "Runtimes").Elements(ns + "Runtime").ToList();
        var launchPoints = host.Descendants(ns + "ExtensionPoint").Where(e => (string?)e.Attribute(Ns.Xsi + "type") == "LaunchEvent").ToList();

        if (!isMail11)
        {
            foreach (var misplaced in host.Elements(ns + "Runtimes").Concat(launchPoints))
            {
                report(misplaced, $"<{misplaced.Name.LocalName}> for event-based activation belongs in the nested VersionOverrides 1.1, not 1.0");
            }

            return;
        }

        foreach (var runtime in runtimes)
        {
            CheckRuntime(block, runtime);
        }

        foreach (var point in launchPoints)
        {
            CheckLaunchPoint(block, point, runtimes);
        }
    }

    private void CheckRuntime(XElement block, XElement runtime)
    {
        var ns = block.Name.Namespace;
        CheckUrl(block, runtime, "the runtime page (Outlook on the web, new Outlook)");

        var scripts = runtime.Elements(ns + "Override").Where(o => (string?)o.Attribute("type") == "javascript").ToList();
        if (scripts.Count == 0)
        {
            report(runtime, "<Runtime> has no <Override type=\"javascript\" resid=…>: classic Outlook on Windows runs only that script, so the event would never be handled there");
        }

        foreach (var script in scripts)
        {
            CheckUrl(block, script, "the script classic Outlook runs");
        }
    }

    private void CheckLaunchPoint(XElement block, XElement point, IReadOnlyList<XElement> runtimes)
    {
        var ns = block.Name.Namespace;
        var events = point.Elements(ns + "LaunchEvents").Elements(ns + "LaunchEvent").ToList();
        if (events.Count == 0)
        {
            report(point, "the LaunchEvent extension point has no <LaunchEvents><LaunchEvent …/></LaunchEvents>");
        }

        foreach (var launch in events)
        {
            CheckLaunchEvent(launch);
        }

        var source = point.Element(ns + "SourceLocation");
        var resid = (string?)source?.Attribute("resid");
        if (resid is null)
        {
            report(point, "the LaunchEvent extension point has no <SourceLocation resid=…> naming its runtime");
        }
        else if (!runtimes.Any(r => (string?)r.Attribute("resid") == resid))
        {
            var known = runtimes.Select(r => $"\"{(string?)r.Attribute("resid")}\"").ToList();
            report(source, $"the LaunchEvent's SourceLocation resid \"{resid}\" names no <Runtime> of this host " +
                           (known.Count == 0 ? "(the host has no <Runtimes>)" : $"(runtimes: {string.Join(", ", known)})"));
        }
    }

    private void CheckLaunchEvent(XElement launch)
    {
        var type = (string?)launch.Attribute("Type");
        var function = (string?)launch.Attribute("FunctionName");
        var sendMode = (string?)launch.Attribute("SendMode");

        if (string.IsNullOrWhiteSpace(type))
        {
            report(launch, "<LaunchEvent> has no Type");
        }

        if (function is null || !Identifier().IsMatch(function))
        {
            report(launch, $"<LaunchEvent> FunctionName \"{function}\" is not a JavaScript name the script can register with Office.actions.associate");
        }

        var isSendEvent = type is not null && SendEvents.Contains(type);
        if (sendMode is not null && !SendModes.Contains(sendMode))
        {
            report(launch, $"SendMode \"{sendMode}\" is not one of {string.Join(", ", SendModes)}");
        }
        else if (sendMode is not null && !isSendEvent)
        {
            report(launch, $"SendMode applies to {string.Join(" and ", SendEvents)} only, not to {type}");
        }
        else if (sendMode is null && isSendEvent)
        {
            report(launch, $"{type} has no SendMode: Outlook would use SoftBlock; say which ({string.Join(", ", SendModes)})");
        }
    }

    /// <summary>The resid must lead to an absolute https URL; an unknown resid is already reported by the resid check.</summary>
    private void CheckUrl(XElement block, XElement element, string what)
    {
        var resid = (string?)element.Attribute("resid");
        if (resid is null)
        {
            report(element, $"<{element.Name.LocalName}> has no resid for {what}");
            return;
        }

        var url = block.Elements().FirstOrDefault(e => e.Name.LocalName == "Resources")?
            .Element(Ns.Bt + "Urls")?.Elements(Ns.Bt + "Url")
            .FirstOrDefault(u => (string?)u.Attribute("id") == resid);
        var value = ((string?)url?.Attribute("DefaultValue"))?.Trim();
        if (url is null || value is null || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return; // unresolved resids and http URLs have their own messages
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            report(url, $"resid \"{resid}\" ({what}) is \"{value}\", not an absolute https URL");
        }
    }

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();
}
