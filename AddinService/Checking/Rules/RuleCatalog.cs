using NoteAddin.Checking.Model;

namespace NoteAddin.Checking.Rules;

/// <summary>
/// The stable rule ids and their severities, exactly as GUIDANCE.md's table defines them. Severities are the
/// spec's, not a team's choice, so they live here and not in the (overridable) rule packs; the packs hold the words.
/// </summary>
public static class RuleCatalog
{
    public const string EmptyNote = "empty-note";
    public const string StatusUnclear = "status-unclear";
    public const string MissingReason = "missing-reason";
    public const string NoPrimaryIssue = "no-primary-issue";
    public const string UsageOnly = "usage-only";
    public const string EngagementInfo = "engagement-info";
    public const string NoContactAttempts = "no-contact-attempts";
    public const string VagueReason = "vague-reason";
    public const string ImpliedReason = "implied-reason";
    public const string MissingAttemptCount = "missing-attempt-count";
    public const string MissingAccountType = "missing-account-type";
    public const string MissingProgressDetail = "missing-progress-detail";
    public const string MissingDuplicateReason = "missing-duplicate-reason";
    public const string TooLong = "too-long";
    public const string Hedging = "hedging";
    public const string FtcNotService = "ftc-not-service";
    public const string OverFieldLimit = "over-field-limit";
    public const string VagueTimeWord = "vague-time-word";
    public const string CopyPasteAcrossWorkloads = "copy-paste-across-workloads";
    public const string WorkloadMismatch = "workload-mismatch";

    /// <summary>The portal's status-note field holds this many characters.</summary>
    public const int FieldLimit = 400;

    /// <summary>"Maximal zwei Sätze."</summary>
    public const int MaxSentences = 2;

    public static IReadOnlyList<(string Id, Severity Severity)> All { get; } = new[]
    {
        (EmptyNote, Severity.Error),
        (StatusUnclear, Severity.Error),
        (MissingReason, Severity.Error),
        (NoPrimaryIssue, Severity.Error),
        (UsageOnly, Severity.Error),
        (EngagementInfo, Severity.Error),
        (NoContactAttempts, Severity.Error),
        (VagueReason, Severity.Warning),
        (ImpliedReason, Severity.Warning),
        (MissingAttemptCount, Severity.Warning),
        (MissingAccountType, Severity.Warning),
        (MissingProgressDetail, Severity.Warning),
        (MissingDuplicateReason, Severity.Warning),
        (TooLong, Severity.Warning),
        (Hedging, Severity.Warning),
        (FtcNotService, Severity.Warning),
        (OverFieldLimit, Severity.Warning),
        (VagueTimeWord, Severity.Info),
        (CopyPasteAcrossWorkloads, Severity.Warning),
        (WorkloadMismatch, Severity.Warning),
    };

    private static readonly Dictionary<string, Severity> SeverityById = All.ToDictionary(r => r.Id, r => r.Severity);

    public static bool IsKnown(string id) => SeverityById.ContainsKey(id);

    public static Severity SeverityOf(string id) => SeverityById[id];
}
