using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>Longer than the portal's 400-character status-note field; marks what would be cut off.</summary>
public sealed class OverFieldLimitRule : INoteRule
{
    public string Id => RuleCatalog.OverFieldLimit;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (reading.Text.Length > RuleCatalog.FieldLimit)
        {
            sink.Add(Id, RuleCatalog.FieldLimit, reading.Text.Length - RuleCatalog.FieldLimit);
        }
    }
}
