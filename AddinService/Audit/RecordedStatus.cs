using NoteAddin.Checking.Model;

namespace NoteAddin.Service.Audit;

/// <summary>The status a CSV export recorded, in the portal's spelling or ours ("No Intent", "NoIntent", "no_intent").</summary>
public static class RecordedStatus
{
    public static NoteStatus? Parse(string? raw)
    {
        var key = new string((raw ?? string.Empty).Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
        return key switch
        {
            "inprogress" => NoteStatus.InProgress,
            "blocked" => NoteStatus.Blocked,
            "nointent" => NoteStatus.NoIntent,
            "unknown" or "statusunknown" => NoteStatus.Unknown,
            "duplicateinvalid" or "duplicate" or "invalid" => NoteStatus.DuplicateInvalid,
            _ => null,
        };
    }

    /// <summary>The portal's L1 field value for a status (TAXONOMY.md); empty when the note gives none.</summary>
    public static string PortalName(NoteStatus status) => status switch
    {
        NoteStatus.InProgress => "In Progress",
        NoteStatus.Blocked => "Blocked",
        NoteStatus.NoIntent => "No Intent",
        NoteStatus.Unknown => "Status Unknown",
        NoteStatus.DuplicateInvalid => "Duplicate/Invalid",
        _ => string.Empty,
    };
}
