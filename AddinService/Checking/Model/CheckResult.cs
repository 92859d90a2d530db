namespace NoteAddin.Checking.Model;

/// <summary>Everything the engine says about one note; the API serialises it as it is.</summary>
public sealed record CheckResult(
    string Language,
    NoteStatus Status,
    Grade Grade,
    int Score,
    ReasonResult? Reason,
    int SentenceCount,
    IReadOnlyList<Finding> Findings,
    Suggestion? Suggestion);
