namespace NoteAddin.Checking.Packs;

/// <summary>
/// The phrase categories the reader itself looks for, resolved to ids when a pack compiles. Every pack must define
/// them (possibly empty); the status cues may use any other categories the pack invents.
/// </summary>
public sealed record Categories(
    int ReasonMarker,
    int TimeCondition,
    int Hedge,
    int TimeWord,
    int VagueReason,
    int GenericIssue,
    int UsageWord,
    int Engagement,
    int Ftc,
    int Decline,
    int ContactAttempt,
    int AttemptUnit,
    int Managed,
    int Unmanaged,
    int ProgressDetail,
    int DuplicateDetail,
    int LookLater,
    int DuplicateWord,
    int InvalidWord,
    int ClauseBreak,
    int BroadArea,
    int ConsequenceMarker,
    int AttemptChannel)
{
    /// <summary>Names as they appear under "phrases" in a pack.</summary>
    public static readonly string[] RequiredNames =
    {
        "reasonMarker", "timeCondition", "hedge", "timeWord", "vagueReason", "genericIssue", "usageWord",
        "engagement", "ftc", "decline", "contactAttempt", "attemptUnit", "managed", "unmanaged", "progressDetail",
        "duplicateDetail", "lookLater", "duplicateWord", "invalidWord", "clauseBreak", "broadArea", "consequenceMarker", "attemptChannel",
    };

    public static Categories Resolve(IReadOnlyDictionary<string, int> ids)
    {
        int Id(string name) => ids[name];
        return new Categories(
            Id("reasonMarker"), Id("timeCondition"), Id("hedge"), Id("timeWord"), Id("vagueReason"), Id("genericIssue"),
            Id("usageWord"), Id("engagement"), Id("ftc"), Id("decline"), Id("contactAttempt"), Id("attemptUnit"),
            Id("managed"), Id("unmanaged"), Id("progressDetail"), Id("duplicateDetail"), Id("lookLater"),
            Id("duplicateWord"), Id("invalidWord"), Id("clauseBreak"), Id("broadArea"), Id("consequenceMarker"), Id("attemptChannel"));
    }
}
