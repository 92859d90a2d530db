using System.Reflection;

namespace NoteAddin.Checking.Packs;

/// <summary>
/// The phrase categories the reader itself looks for, resolved to ids when a pack compiles. Every pack must define
/// them (possibly empty) under "phrases", named as the parameters below in camel case ("reasonMarker"); the status
/// cues may use any other categories the pack invents. Adding one is adding a parameter.
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
    private static readonly ConstructorInfo Constructor = typeof(Categories).GetConstructors().Single();

    /// <summary>Names as they appear under "phrases" in a pack.</summary>
    public static readonly string[] RequiredNames = Constructor.GetParameters()
        .Select(p => char.ToLowerInvariant(p.Name![0]) + p.Name[1..])
        .ToArray();

    public static Categories Resolve(IReadOnlyDictionary<string, int> ids) =>
        (Categories)Constructor.Invoke(RequiredNames.Select(name => (object)ids[name]).ToArray());
}
