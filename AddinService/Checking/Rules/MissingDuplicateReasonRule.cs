using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>DuplicateInvalid without why (duplicated licence count, test tenant, …). A reason read for the note (the
/// model's "DuplicateInvalid|Duplicate/Invalid" rather than its reasonless label) is a why, worded as the pack's
/// duplicate-detail words or not.</summary>
public sealed class MissingDuplicateReasonRule : INoteRule
{
    public string Id => "missing-duplicate-reason";

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        // An unclear duplicate (status-unclear) most often states a reason another status owns ("Duplikat – Kunde nutzt
        // Dropbox"): its why is not missing but misfiled, and no writer labelled both.
        if (reading.Status == NoteStatus.DuplicateInvalid && !reading.StatusUnclear
            && (reading.Judged(Id) ?? (reading.Reason is null && reading.ReasonClause is null && !reading.Has(reading.Pack.Categories.DuplicateDetail))))
        {
            sink.AddWholeNote(this);
        }
    }
}
