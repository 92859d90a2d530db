using System.Reflection;
using NoteAddin.Checking;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Rules;
using NoteAddin.Service.Api;
using NoteAddin.Service.Graph;

namespace NoteAddin.Service.Hosting;

/// <summary>
/// GET /api/config (anonymous): what the task pane and the audit page need before they sign in, and the facts they
/// would otherwise copy from the server — the limits, the score bands, the recorded-status labels — each read from
/// the one constant or pack section that defines it.
/// </summary>
public static class ConfigApi
{
    public static RouteHandlerBuilder MapConfigApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/config", (AuthSettings auth, GraphSettings graph, NoteChecker checker) => Results.Ok(new PaneConfig(
                auth.Enabled ? new PaneAuth(auth.ClientId, auth.Authority, [auth.FullScope]) : null,
                graph.Available,
                Version,
                ServiceLimits,
                ServiceScoreBands,
                new SortedDictionary<string, NoteStatus>(checker.RecordedStatuses.ByKey, StringComparer.Ordinal))))
            .WithTags("Configuration")
            .WithName("GetConfig")
            .WithSummary("Sign-in settings for the task pane (null in Development without AzureAd settings), whether contact history is available, the service version, its limits and score bands, and the recorded-status labels an audit reads.")
            .Produces<PaneConfig>()
            .AllowAnonymous()
            .RequireRateLimiting(Hardening.PerUserPolicy);

    private static readonly string Version =
        typeof(ConfigApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ConfigApi).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    private static readonly Limits ServiceLimits = new(NoteChecker.MaxNoteLength, OverFieldLimitRule.FieldLimit, NotesApi.MaxBatchNotes, MailRequest.MaxBodyLength);

    private static readonly ScoreBands ServiceScoreBands = new(Grader.GoodFrom, Grader.IncompleteFrom);

    /// <param name="RecordedStatuses">Recorded-status label keys (<see cref="RecordedStatusLabels.Key"/>: the label's
    /// letters a–z in lower case) and the status each stands for.</param>
    public sealed record PaneConfig(
        PaneAuth? Auth, bool Graph, string Version, Limits Limits, ScoreBands ScoreBands, IReadOnlyDictionary<string, NoteStatus> RecordedStatuses);

    public sealed record PaneAuth(string ClientId, string Authority, IReadOnlyList<string> Scopes);

    /// <param name="NoteCharacters">Longest note /check and /check-batch take.</param>
    /// <param name="PortalField">The portal's status-note field (the over-field-limit rule's limit).</param>
    /// <param name="BatchNotes">Most notes in one /check-batch request.</param>
    /// <param name="MailCharacters">Longest mail body /mail/check takes.</param>
    public sealed record Limits(int NoteCharacters, int PortalField, int BatchNotes, int MailCharacters);

    /// <summary>Scores from <paramref name="Good"/> up are Good, from <paramref name="Incomplete"/> up Incomplete, the rest Bad.</summary>
    public sealed record ScoreBands(int Good, int Incomplete);
}
