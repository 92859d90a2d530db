using NoteAddin.Checking.Matching;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>Collects one note's findings — from its own rules and from rules across notes — taking each rule's
/// message and suggestions from the note's pack.</summary>
public sealed class FindingSink
{
    private readonly NoteReading _reading;
    private readonly List<Finding> _findings = new(4);

    public FindingSink(NoteReading reading) => _reading = reading;

    public IReadOnlyList<Finding> Findings => _findings;

    public void Add(IRule rule, int start, int length)
    {
        var text = _reading.Pack.Rules[rule.Id];
        var snippet = length > 0 && start + length <= _reading.Text.Length ? _reading.Text.Substring(start, length) : string.Empty;
        var message = text.Message.Replace("{text}", snippet, StringComparison.Ordinal);
        _findings.Add(new Finding(rule.Id, rule.Severity, message, start, length, text.Suggestions));
    }

    public void Add(IRule rule, PhraseMatch match) => Add(rule, match.Start, match.Length);

    public void Add(IRule rule, Span span) => Add(rule, span.Start, span.Length);

    /// <summary>A finding about the note as a whole (e.g. no reason at all) spans the whole note.</summary>
    public void AddWholeNote(IRule rule) => Add(rule, 0, _reading.Text.Length);

    /// <summary>Puts the findings so far in reading order: by position, the graver first, the wider first (as the
    /// pane nests its marks), then by rule id. Findings added later (about the note among others) follow them.</summary>
    internal void SortByPosition() => _findings.Sort(static (a, b) =>
        a.Start != b.Start ? a.Start.CompareTo(b.Start)
        : a.Severity != b.Severity ? a.Severity.CompareTo(b.Severity)
        : a.Length != b.Length ? b.Length.CompareTo(a.Length)
        : string.CompareOrdinal(a.RuleId, b.RuleId));
}
