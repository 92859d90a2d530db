using NoteAddin.Checking.Matching;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>Collects findings, taking each rule's message and suggestions from the note's pack.</summary>
public sealed class FindingSink
{
    private readonly NoteReading _reading;
    private readonly List<Finding> _findings = new(4);

    public FindingSink(NoteReading reading) => _reading = reading;

    public IReadOnlyList<Finding> Findings => _findings;

    public void Add(string ruleId, int start, int length)
    {
        var text = _reading.Pack.Rules[ruleId];
        var snippet = length > 0 && start + length <= _reading.Text.Length ? _reading.Text.Substring(start, length) : string.Empty;
        var message = text.Message.Replace("{text}", snippet, StringComparison.Ordinal);
        _findings.Add(new Finding(ruleId, RuleCatalog.SeverityOf(ruleId), message, start, length, text.Suggestions));
    }

    public void Add(string ruleId, PhraseMatch match) => Add(ruleId, match.Start, match.Length);

    public void Add(string ruleId, Span span) => Add(ruleId, span.Start, span.Length);

    /// <summary>A finding about the note as a whole (e.g. no reason at all) spans the whole note.</summary>
    public void AddWholeNote(string ruleId) => Add(ruleId, 0, _reading.Text.Length);
}
