using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>Usage or L1 figures ("Verwendung 0,0 %", "usage 0%") standing in for a reason ("Nicht genügend Informationen").</summary>
public sealed class UsageOnlyRule : INoteRule
{
    public string Id => "usage-only";

    public Severity Severity => Severity.Error;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (reading.UsageFigure is { } figure && reading.Reason is null && reading.ReasonClause is null)
        {
            sink.Add(this, figure);
        }
    }
}
