using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>One rule of GUIDANCE.md: looks at a reading and reports findings with spans. Words come from the pack.</summary>
public interface INoteRule
{
    string Id { get; }

    void Check(NoteReading reading, FindingSink sink);
}
