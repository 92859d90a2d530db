using NoteAddin.Checking.Model;

namespace NoteAddin.Service.Audit;

/// <summary>One note as the CSV gave it.</summary>
public sealed record AuditNote(int Line, string Id, string Tenant, string Workload, string RecordedStatus, string Text, string? Language);

/// <summary>Whether the recorded status says what the note says.</summary>
public enum Agreement
{
    /// <summary>The note reads as the recorded status.</summary>
    Agrees,

    /// <summary>The note reads as another status than the one recorded.</summary>
    Disagrees,

    /// <summary>The note states no status the engine can read, so it can neither confirm nor contradict.</summary>
    NoteUnclear,

    /// <summary>The recorded status is empty or not a portal status.</summary>
    RecordedUnreadable,
}

/// <summary>One note's audit result: the input's fields, what the engine found, and the copy-paste group it is in.</summary>
public sealed record AuditResult(AuditNote Note, CheckResult Check, NoteStatus? Recorded, Agreement Agreement, int CopyPasteGroup)
{
    public static Agreement Compare(NoteStatus? recorded, NoteStatus detected) =>
        recorded is null ? Agreement.RecordedUnreadable
        : detected == NoteStatus.Undetermined ? Agreement.NoteUnclear
        : recorded == detected ? Agreement.Agrees
        : Agreement.Disagrees;
}
