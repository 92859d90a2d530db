namespace NoteAddin.Checking.Rules;

/// <summary>Every per-note rule, in the order findings are reported when they share a position.</summary>
public static class NoteRules
{
    public static IReadOnlyList<INoteRule> All { get; } = new INoteRule[]
    {
        new EmptyNoteRule(),
        new StatusUnclearRule(),
        new MissingReasonRule(),
        new NoPrimaryIssueRule(),
        new UsageOnlyRule(),
        new EngagementInfoRule(),
        new NoContactAttemptsRule(),
        new VagueReasonRule(),
        new ImpliedReasonRule(),
        new MissingAttemptCountRule(),
        new MissingAccountTypeRule(),
        new MissingProgressDetailRule(),
        new MissingDuplicateReasonRule(),
        new TooLongRule(),
        new HedgingRule(),
        new FtcNotServiceRule(),
        new OverFieldLimitRule(),
        new VagueTimeWordRule(),
        new WorkloadMismatchRule(),
    };
}
