using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace NoteAddin.Service.Hosting;

/// <summary>
/// Serves the task pane (the WebUI bundle in wwwroot/dist: /taskpane.html, /assets/taskpane.js|css), the audit page
/// (/audit.html, /assets/audit.js|css, its CSV-reading worker /assets/audit-worker.js) and the icons (wwwroot/assets),
/// with the headers that keep them safe inside Outlook.
/// </summary>
public static class TaskPaneHosting
{
    /// <summary>
    /// Only Outlook's own hosts may frame the pane; scripts only from us and Microsoft's Office.js CDN; no inline
    /// script or style anywhere in the pane; Web Workers only from us (the audit page reads CSV files in one).
    /// Calls go to us, and to the Microsoft identity platform for MSAL.js: with nested app authentication Outlook's
    /// broker makes the sign-in calls, but where the host offers no broker MSAL falls back to reading the
    /// authority's metadata and tokens from the pane itself.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self' https://appsforoffice.microsoft.com; " +
        "style-src 'self'; " +
        "img-src 'self' data:; " +
        "font-src 'self'; " +
        "connect-src 'self' https://login.microsoftonline.com; " +
        "worker-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'self' https://*.office.com https://*.office365.com https://*.outlook.com https://outlook.live.com " +
        "https://*.officeapps.live.com https://*.cloud.microsoft https://*.microsoft.com";

    public static WebApplication UseTaskPane(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return next(context);
        });

        app.MapGet("/", () => Results.Redirect("/taskpane.html")).ExcludeFromDescription();

        var bundle = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "dist");
        if (Directory.Exists(bundle))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(bundle), OnPrepareResponse = NoStaleHtml });
        }
        else
        {
            app.Logger.LogWarning("The task pane is not built ({Directory} is missing): build AddinService to run the WebUI bundle step", bundle);
        }

        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = NoStaleHtml });
        return app;
    }

    // Outlook caches add-in pages hard; the HTML must be revalidated so a new bundle is picked up.
    private static void NoStaleHtml(StaticFileResponseContext context)
    {
        if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            context.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        }
    }
}
