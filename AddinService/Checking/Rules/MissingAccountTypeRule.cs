using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>Unknown status without saying whether the account is managed or unmanaged.</summary>
public sealed class MissingAccountTypeRule : INoteRule
{
    public string Id => "missing-account-type";

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        var c = reading.Pack.Categories;
        if (reading.Status == NoteStatus.Unknown && !reading.Has(c.Managed) && !reading.Has(c.Unmanaged))
        {
            sink.AddWholeNote(this);
        }
    }
}
