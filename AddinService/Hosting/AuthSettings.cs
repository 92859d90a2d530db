namespace NoteAddin.Service.Hosting;

/// <summary>
/// The <c>AzureAd</c> section as this service reads it: whether sign-in is on, what /api/config tells the pane,
/// and whether Graph can be called on the user's behalf. Read once at start-up; a half-filled section is an error
/// in every environment (it is a typo, not a choice).
/// </summary>
public sealed record AuthSettings
{
    public const string Section = "AzureAd";

    /// <summary>The delegated scope every /api call needs (exposed by the app registration).</summary>
    public const string ApiScope = "access_as_user";

    private static readonly string[] Required = ["Instance", "TenantId", "ClientId"];

    /// <summary>False in Development when no AzureAd setting is given: anonymous loopback calls only.</summary>
    public bool Enabled { get; private init; }

    public string Instance { get; private init; } = string.Empty;

    public string TenantId { get; private init; } = string.Empty;

    public string ClientId { get; private init; } = string.Empty;

    /// <summary>The App ID URI the scope lives under, e.g. <c>api://{ClientId}</c>.</summary>
    public string AppIdUri { get; private init; } = string.Empty;

    /// <summary>True when a client credential (secret or certificate) is configured, so the on-behalf-of flow can run.</summary>
    public bool CanCallDownstream { get; private init; }

    public string Authority => $"{Instance.TrimEnd('/')}/{TenantId}";

    public string FullScope => $"{AppIdUri}/{ApiScope}";

    /// <summary>Reads the section; <paramref name="error"/> names the first missing or malformed setting.</summary>
    public static AuthSettings Read(IConfiguration configuration, bool isDevelopment, out string? error)
    {
        error = null;
        var section = configuration.GetSection(Section);
        var given = Required.Where(k => !string.IsNullOrWhiteSpace(section[k])).ToArray();
        if (given.Length == 0 && isDevelopment)
        {
            return new AuthSettings { Enabled = false };
        }

        var missing = Required.Except(given).ToArray();
        if (missing.Length > 0)
        {
            error = $"The {Section} section is incomplete: set {string.Join(", ", missing.Select(k => $"{Section}:{k}"))} " +
                    $"(environment variables {string.Join(", ", missing.Select(k => $"{Section}__{k}"))}). " +
                    "Production never runs without sign-in; see the README's \"App registration\" section.";
            return new AuthSettings();
        }

        var instance = section["Instance"]!.Trim();
        if (!Uri.TryCreate(instance, UriKind.Absolute, out var instanceUri) || instanceUri.Scheme != Uri.UriSchemeHttps)
        {
            error = $"{Section}:Instance must be an https URL such as https://login.microsoftonline.com/.";
            return new AuthSettings();
        }

        var clientId = section["ClientId"]!.Trim();
        var audience = section["Audience"]?.Trim();

        // Identity.Web accepts both the client id and api://{clientId} as audience when Audience is not set; the
        // scope the pane asks for must be under the App ID URI, which is a URI (never the bare client id).
        var appIdUri = !string.IsNullOrEmpty(audience) && audience.Contains("://", StringComparison.Ordinal)
            ? audience.TrimEnd('/')
            : $"api://{clientId}";

        var credentials = section.GetSection("ClientCredentials").GetChildren().Any()
                          || section.GetSection("ClientCertificates").GetChildren().Any()
                          || !string.IsNullOrWhiteSpace(section["ClientSecret"]);

        return new AuthSettings
        {
            Enabled = true,
            Instance = instance,
            TenantId = section["TenantId"]!.Trim(),
            ClientId = clientId,
            AppIdUri = appIdUri,
            CanCallDownstream = credentials,
        };
    }
}
