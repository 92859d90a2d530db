using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>The "reason" lists generic areas ("Cloud/Daten/gesetzliche Vorgaben", "various issues") instead of one
/// primary issue (seed example 5, bad note).</summary>
public sealed class NoPrimaryIssueRule : INoteRule
{
    public string Id => "no-primary-issue";

    public Severity Severity => Severity.Error;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (reading.Status is NoteStatus.Unknown or NoteStatus.DuplicateInvalid or NoteStatus.InProgress || reading.IsEmpty)
        {
            return;
        }

        if (reading.AreaList is { } list)
        {
            sink.Add(this, list);
        }
        else if (reading.Has(reading.Pack.Categories.GenericIssue))
        {
            sink.Add(this, reading.First(reading.Pack.Categories.GenericIssue));
        }
        else if (reading.ByWordsOrJudged(Id, byWords: false))
        {
            // The model read a list of areas the words did not ("interne Themen, Budget, Zeit"): no span to point at.
            sink.AddWholeNote(this);
        }
    }
}
