using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>DuplicateInvalid without why (duplicated licence count, test tenant, …).</summary>
public sealed class MissingDuplicateReasonRule : INoteRule
{
    public string Id => "missing-duplicate-reason";

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (reading.Status == NoteStatus.DuplicateInvalid
            && (reading.Judged(Id) ?? (reading.ReasonClause is null && !reading.Has(reading.Pack.Categories.DuplicateDetail))))
        {
            sink.AddWholeNote(this);
        }
    }
}
