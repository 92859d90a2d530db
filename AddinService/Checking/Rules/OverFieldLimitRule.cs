using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>Longer than the portal's 400-character status-note field; marks what would be cut off.</summary>
public sealed class OverFieldLimitRule : INoteRule
{
    /// <summary>The portal's status-note field holds this many characters (TAXONOMY.md); the pane and the audit page
    /// read it from /api/config.</summary>
    public const int FieldLimit = 400;

    public string Id => "over-field-limit";

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (reading.Text.Length > FieldLimit)
        {
            sink.Add(this, FieldLimit, reading.Text.Length - FieldLimit);
        }
    }
}
