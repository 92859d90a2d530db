using System.Text.Json;
using Microsoft.Net.Http.Headers;
using NoteAddin.Checking;
using NoteAddin.Manifest;

namespace NoteAddin.Service.Hosting;

/// <summary>
/// What Outlook fetches for the on-send check (Smart Alerts), all anonymous: /onsend.js (the script, rendered for
/// this service's base URL) and /.well-known/microsoft-officeaddins-allowed.json (classic Outlook lets the script call
/// out, and get tokens, only when the script's own origin lists it there). The runtime page /onsend.html is a static
/// file of the WebUI bundle, served like the pane and under the pane's Content-Security-Policy (TaskPaneHosting).
/// </summary>
public static class OnSendHosting
{
    public const string AllowedScriptsPath = "/.well-known/microsoft-officeaddins-allowed.json";

    /// <summary>The bundled script with its settings placeholder, beside the pane in wwwroot/dist (WebUI/build.mjs).</summary>
    public const string ScriptTemplateFile = SmartAlerts.ScriptPath + ".template";

    /// <summary>Reads Addin:BaseUrl and registers the on-send CORS policy; false (reason on standard error) when the setting is malformed.</summary>
    public static bool AddOnSendCheck(this WebApplicationBuilder builder)
    {
        var address = AddinAddress.Read(builder.Configuration, out var error);
        if (error is not null)
        {
            Console.Error.WriteLine($"NoteAddin cannot start: {error}");
            return false;
        }

        builder.Services.AddSingleton(address);
        builder.Services.AddCors(o => OnSendCors.AddPolicy(o, address));
        return true;
    }

    public static WebApplication MapOnSendCheck(this WebApplication app)
    {
        var address = app.Services.GetRequiredService<AddinAddress>();
        if (address.BaseUrl is null)
        {
            app.Logger.LogWarning(
                "{Key} is not set: the on-send check lets every mail go. Set it (environment variable {Variable}) to the base URL the manifest was rendered for.",
                AddinAddress.Key, AddinAddress.EnvironmentVariable);
        }

        var template = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "dist", ScriptTemplateFile);
        app.MapGet("/" + SmartAlerts.ScriptPath, async (HttpContext context, NoteChecker checker) =>
            {
                if (!File.Exists(template))
                {
                    app.Logger.LogError("The on-send script is not built ({File} is missing): build AddinService to run the WebUI bundle step", template);
                    return Results.NotFound();
                }

                var script = OnSendScript.Render(await File.ReadAllTextAsync(template, context.RequestAborted), OnSendScript.SettingsFor(address, checker));
                NoCache(context);
                return Results.Text(script, "text/javascript; charset=utf-8");
            })
            .ExcludeFromDescription();

        // Only the script's URL: classic Outlook checks that the file it runs is listed on that file's own origin.
        var allowed = JsonSerializer.Serialize(new { allowed = address.BaseUrl is null ? [] : new[] { $"{address.BaseUrl}/{SmartAlerts.ScriptPath}" } });
        app.MapGet(AllowedScriptsPath, (HttpContext context) =>
            {
                NoCache(context);
                return Results.Text(allowed, "application/json");
            })
            .ExcludeFromDescription();

        return app;
    }

    // Outlook caches add-in files hard; a new build or a new base URL must reach the next Send.
    private static void NoCache(HttpContext context) => context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
}
