using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>
/// One rule of GUIDANCE.md, whole in its own class: the stable id, the severity (the spec's, not a team's choice, so
/// it lives here and not in the overridable packs) and the logic. The packs hold its words and examples.
/// <see cref="RuleCatalog"/> finds every class that implements <see cref="INoteRule"/> or <see cref="ICrossNoteRule"/>.
/// </summary>
public interface IRule
{
    string Id { get; }

    Severity Severity { get; }
}

/// <summary>A rule about one note: looks at its reading and reports findings with spans.</summary>
public interface INoteRule : IRule
{
    void Check(NoteReading reading, FindingSink sink);
}

/// <summary>A rule about several notes together (a batch, one mail): the groups of notes it finds. Each note of a
/// group gets a finding about the whole note through its own <see cref="FindingSink"/>, and the batch one
/// <see cref="CrossFinding"/> naming them all.</summary>
public interface ICrossNoteRule : IRule
{
    IEnumerable<IReadOnlyList<int>> Groups(IReadOnlyList<BatchNote> notes, IReadOnlyList<NoteReading> readings);
}
