using NoteAddin.Manifest;

namespace NoteAddin.Service.Hosting;

/// <summary>
/// <c>Addin:BaseUrl</c>: the public https base URL the manifest was rendered for (<c>Manifest render --base-url</c>),
/// read with the manifest's own rule. The on-send script needs it because classic Outlook runs the script where there
/// is no page origin to call the API relative to; the allowed-scripts file and the on-send CORS policy are written
/// for it too. Development sets https://localhost:3000 (appsettings.Development.json), the address of manifest.xml.
/// Without it the service still runs, and the on-send script lets every mail go.
/// </summary>
public sealed record AddinAddress(string? BaseUrl)
{
    public const string Key = "Addin:BaseUrl";

    public const string EnvironmentVariable = "Addin__BaseUrl";

    /// <summary>Scheme, host and port of the base URL (what a browser sends as Origin), or null without a base URL.</summary>
    public string? Origin => BaseUrl is null ? null : new Uri(BaseUrl).GetLeftPart(UriPartial.Authority);

    /// <summary>The base URL's setting; a value that is not a plain absolute https URL is an error, not a guess.</summary>
    public static AddinAddress Read(IConfiguration configuration, out string? error)
    {
        error = null;
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return new AddinAddress((string?)null);
        }

        try
        {
            return new AddinAddress(AddinManifest.NormaliseBaseUrl(value.Trim()));
        }
        catch (ArgumentException e)
        {
            error = $"{EnvironmentVariable}: {e.Message}";
            return new AddinAddress((string?)null);
        }
    }

    /// <summary>
    /// True when a request's Origin is the base URL's origin. Classic Outlook's JavaScript-only runtime has been seen
    /// sending the script's origin with a trailing slash (OfficeDev/office-js issue 3907), so that form counts too.
    /// </summary>
    public bool AllowsOrigin(string? origin) =>
        Origin is not null
        && Uri.TryCreate(origin?.TrimEnd('/'), UriKind.Absolute, out var uri)
        && uri.AbsolutePath == "/"
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), Origin, StringComparison.OrdinalIgnoreCase);
}
