namespace NoteAddin.Checking.Model;

/// <summary>
/// One broken piece of guidance. <see cref="Start"/> and <see cref="Length"/> count UTF-16 code units of the
/// checked text (what JavaScript and .NET index), so the pane can mark the span directly; a finding about the
/// whole note spans the whole note.
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Message,
    int Start,
    int Length,
    IReadOnlyList<string> Suggestions);
