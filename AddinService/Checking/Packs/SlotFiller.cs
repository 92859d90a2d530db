namespace NoteAddin.Checking.Packs;

/// <summary>What fills a template slot from a draft. Packs name these in a template's "slots" map.</summary>
public enum SlotFiller
{
    PrimaryIssue,
    TechnicalDetails,
    Limitations,
    FurtherDetails,
    Phase,
    FocusWorkload,
    Solution,
    AttemptCount,
    AccountType,
    DuplicateKind,
    DuplicateReason,
}
