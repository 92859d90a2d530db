namespace NoteAddin.Checking.Packs;

/// <summary>Status names a cue may give: the five statuses, and "NotProceeding" — "will not deploy", whose
/// Blocked-or-NoIntent the reason decides.</summary>
public static class StatusNames
{
    public static readonly string[] CueStatuses = Enum.GetNames<CueSlot>();

    /// <summary>A cue's status by its exact name; numbers and other spellings are refused.</summary>
    public static bool TryParse(string? name, out CueSlot slot)
    {
        var index = name is null ? -1 : Array.IndexOf(CueStatuses, name);
        slot = index >= 0 ? (CueSlot)index : default;
        return index >= 0;
    }
}

/// <summary>What a status cue says. The first five are statuses; NotProceeding ("will not deploy") leaves
/// Blocked-or-NoIntent to the reason. A type, so a cue can never carry a status no slot knows.</summary>
public enum CueSlot
{
    InProgress,
    Blocked,
    NoIntent,
    Unknown,
    DuplicateInvalid,
    NotProceeding,
}
