using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;

namespace NoteAddin.Service.Hosting;

/// <summary>
/// The run command serves https://localhost:3000 (Outlook loads add-ins over https only) with ASP.NET's
/// development certificate. A fresh machine has none, and Kestrel would stop at start-up without it; in
/// Development we create it with <c>dotnet dev-certs https</c>, and if that fails we serve http only and say why.
/// </summary>
public static class LocalHttps
{
    // Marks ASP.NET Core's HTTPS development certificate (what `dotnet dev-certs` creates and Kestrel looks for).
    private const string DevelopmentCertificateOid = "1.3.6.1.4.1.311.84.1.1";

    public static WebApplicationBuilder AddLocalHttps(this WebApplicationBuilder builder)
    {
        var urls = builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey);
        if (!builder.Environment.IsDevelopment() || !WantsHttps(urls) || builder.Configuration["Kestrel:Certificates:Default:Path"] is { Length: > 0 })
        {
            return builder;
        }

        if (!DevelopmentCertificateExists())
        {
            Console.WriteLine("No ASP.NET development certificate yet: creating one with `dotnet dev-certs https` …");
            TryCreateDevelopmentCertificate();
        }

        var (useUrls, warning) = Plan(urls!, DevelopmentCertificateExists());
        if (warning is not null)
        {
            Console.Error.WriteLine(warning);
            builder.WebHost.UseUrls(useUrls);
        }

        return builder;
    }

    /// <summary>The URLs to listen on: all of them when a certificate exists, else only the http ones and a warning.</summary>
    public static (string Urls, string? Warning) Plan(string urls, bool certificateExists)
    {
        if (certificateExists || !WantsHttps(urls))
        {
            return (urls, null);
        }

        var all = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var http = all.Where(u => !u.StartsWith("https://", StringComparison.OrdinalIgnoreCase)).ToArray();
        var https = all.Except(http);
        var fallback = http.Length > 0 ? string.Join(';', http) : "http://localhost:3001";
        var warning =
            $"warning: no ASP.NET development certificate, so {string.Join(", ", https)} is not served; serving {fallback.Replace(";", ", ")} only. " +
            "Outlook needs https: run `dotnet dev-certs https` (with --trust on Windows or macOS) and start the service again.";
        return (fallback, warning);
    }

    private static bool WantsHttps(string? urls) => urls?.Contains("https://", StringComparison.OrdinalIgnoreCase) == true;

    private static bool DevelopmentCertificateExists()
    {
        try
        {
            using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
            store.Open(OpenFlags.ReadOnly);
            var now = DateTime.Now;
            return store.Certificates.Any(c =>
                c.Extensions.Any(e => e.Oid?.Value == DevelopmentCertificateOid) && c.HasPrivateKey && c.NotBefore <= now && c.NotAfter > now);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    private static void TryCreateDevelopmentCertificate()
    {
        try
        {
            var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
            using var process = Process.Start(new ProcessStartInfo(dotnet, "dev-certs https")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return;
            }

            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill();
            }
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            // No dotnet on PATH: Plan() falls back to http and says what to run.
        }
    }
}
