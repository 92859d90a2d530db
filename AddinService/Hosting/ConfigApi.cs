using System.Reflection;
using NoteAddin.Service.Graph;

namespace NoteAddin.Service.Hosting;

/// <summary>GET /api/config (anonymous): what the task pane needs before it signs in.</summary>
public static class ConfigApi
{
    public static RouteHandlerBuilder MapConfigApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/config", (AuthSettings auth, GraphSettings graph) => Results.Ok(new PaneConfig(
                auth.Enabled ? new PaneAuth(auth.ClientId, auth.Authority, [auth.FullScope]) : null,
                graph.Available,
                Version)))
            .WithTags("Configuration")
            .WithName("GetConfig")
            .WithSummary("Sign-in settings for the task pane (null in Development without AzureAd settings), whether contact history is available, the service version.")
            .Produces<PaneConfig>()
            .AllowAnonymous()
            .RequireRateLimiting(Hardening.PerUserPolicy);

    private static readonly string Version =
        typeof(ConfigApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ConfigApi).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    public sealed record PaneConfig(PaneAuth? Auth, bool Graph, string Version);

    public sealed record PaneAuth(string ClientId, string Authority, IReadOnlyList<string> Scopes);
}
