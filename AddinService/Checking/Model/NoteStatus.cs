namespace NoteAddin.Checking.Model;

/// <summary>The portal's L1 status a note is about (GUIDANCE.md), plus Undetermined when none can be read.</summary>
public enum NoteStatus
{
    InProgress,
    Blocked,
    NoIntent,
    Unknown,
    DuplicateInvalid,
    Undetermined,
}
