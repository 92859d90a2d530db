namespace NoteAddin.Service.Graph;

/// <summary>
/// The "Graph" section. Contact history needs sign-in on (AzureAd) and a client credential for the
/// on-behalf-of flow; <see cref="Available"/> says whether all of that is there.
/// </summary>
public sealed record GraphSettings
{
    public const string Section = "Graph";

    public string BaseUrl { get; init; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Delegated permissions asked for on the user's behalf: reading message headers is enough.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = ["https://graph.microsoft.com/Mail.ReadBasic"];

    /// <summary>How many result pages one question may read before it stops counting (and says so).</summary>
    public int MaxPages { get; init; } = 20;

    public int PageSize { get; init; } = 250;

    /// <summary>A throttled request is retried once when Graph asks to wait no longer than this; otherwise the caller is told to come back.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public bool Available { get; init; }

    /// <summary>Why contact history is off, for the 503 answer; null when available.</summary>
    public string? Unavailable { get; init; }
}
