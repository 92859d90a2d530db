namespace NoteAddin.Service.Graph;

/// <summary>How often the signed-in user wrote to an address, and whether it wrote back — from the user's own mailbox.</summary>
public interface IContactHistory
{
    Task<ContactHistory> GetAsync(string email, int days, CancellationToken cancellationToken);
}

/// <param name="Complete">False when the mailbox held more messages than one question reads (the counts are then lower bounds).</param>
public sealed record ContactHistory(int Sent, int Replies, DateTimeOffset? FirstSent, DateTimeOffset? LastSent, bool Complete);

/// <summary>Graph (or the token for it) refused or failed; carries what the HTTP answer should say.</summary>
public sealed class ContactHistoryException(int statusCode, string title, string? detail, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(title, inner)
{
    public int StatusCode { get; } = statusCode;

    public string Title { get; } = title;

    public string? Detail { get; } = detail;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
