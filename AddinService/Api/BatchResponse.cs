using NoteAddin.Checking;
using NoteAddin.Checking.Model;

namespace NoteAddin.Service.Api;

/// <summary>/check-batch's answer: each result is the /check result with the note's id in front (API.md).</summary>
internal sealed record BatchResponse(IReadOnlyList<BatchResultItem> Results, IReadOnlyList<CrossFinding> CrossFindings)
{
    public static BatchResponse From(BatchResult batch) => new(
        batch.Results.Select(r => new BatchResultItem(
            r.Id,
            r.Result.Language,
            r.Result.Status,
            r.Result.Grade,
            r.Result.Score,
            r.Result.Reason,
            r.Result.SentenceCount,
            r.Result.Findings,
            r.Result.Suggestion)).ToArray(),
        batch.CrossFindings);
}

internal sealed record BatchResultItem(
    string Id,
    string Language,
    NoteStatus Status,
    Grade Grade,
    int Score,
    ReasonResult? Reason,
    int SentenceCount,
    IReadOnlyList<Finding> Findings,
    Suggestion? Suggestion);
