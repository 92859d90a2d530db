using NoteAddin.Checking.Model;

namespace NoteAddin.Checking.Packs;

/// <summary>Status names a cue may give: the five statuses, and "NotProceeding" — "will not deploy", whose
/// Blocked-or-NoIntent the reason decides.</summary>
public static class StatusNames
{
    public const string NotProceeding = "NotProceeding";

    public static readonly string[] CueStatuses = Enum.GetNames<NoteStatus>()
        .Where(n => n != nameof(NoteStatus.Undetermined))
        .Append(NotProceeding)
        .ToArray();
}
