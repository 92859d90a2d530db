using System.Text.Json;
using System.Text.RegularExpressions;
using NoteAddin.Checking;
using NoteAddin.Checking.Rules;
using NoteAddin.Manifest;

namespace NoteAddin.Service.Hosting;

/// <summary>
/// Renders /onsend.js: the bundled script (WebUI/src/onsend, built to wwwroot/dist/.onsend/onsend.js) holds one
/// placeholder string, which becomes the script's settings as a JSON string (settings.ts reads them). The settings
/// are this service's base URL, the manifest's handler name and pane button, and the rule packs' rule titles, so the
/// script needs nothing from anywhere at run time but the one API call.
/// </summary>
public static partial class OnSendScript
{
    public const string Placeholder = "__NOTEADDIN_ONSEND_SETTINGS__";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The settings as settings.ts expects them (camelCase).</summary>
    public sealed record Settings(
        string? BaseUrl,
        string FunctionName,
        string PaneCommandId,
        IReadOnlyDictionary<string, string> PaneLabel,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> RuleTitles);

    public static Settings SettingsFor(AddinAddress address, NoteChecker checker) => new(
        address.BaseUrl,
        SmartAlerts.FunctionName,
        AddinManifest.PaneButtonId,
        new Dictionary<string, string> { ["en"] = AddinManifest.PaneButtonLabel.English, ["de"] = AddinManifest.PaneButtonLabel.German },
        checker.Packs.ToDictionary(
            p => p.Key,
            p => (IReadOnlyDictionary<string, string>)RuleCatalog.All
                .Where(r => p.Value.Rules.ContainsKey(r.Id))
                .ToDictionary(r => r.Id, r => p.Value.Rules[r.Id].Title)));

    /// <summary>The template with its placeholder (quotes included) replaced by the settings; exactly one placeholder, or an error.</summary>
    public static string Render(string template, Settings settings)
    {
        var matches = QuotedPlaceholder().Matches(template);
        if (matches.Count != 1)
        {
            throw new InvalidDataException($"The on-send script has {matches.Count} settings placeholders ({Placeholder}); it must have exactly one. Rebuild the WebUI.");
        }

        // A JSON string is a JavaScript string literal; the default encoder also escapes <, >, & and every non-ASCII character.
        var literal = JsonSerializer.Serialize(JsonSerializer.Serialize(settings, Json));
        return string.Concat(template.AsSpan(0, matches[0].Index), literal, template.AsSpan(matches[0].Index + matches[0].Length));
    }

    // esbuild picks the quote character; any of the three, the same on both ends.
    [GeneratedRegex("([\"'`])" + Placeholder + "\\1")]
    private static partial Regex QuotedPlaceholder();
}
