namespace NoteAddin.Service.Api;

/// <summary>Problem details with titles a person can act on (RFC 7807, as API.md promises for every error).</summary>
internal static class ApiProblems
{
    public static IResult BadRequest(string title, string? detail = null) =>
        Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult UnsupportedMediaType(string? contentType) =>
        Results.Problem(
            title: "Send the note as JSON with the header Content-Type: application/json.",
            detail: string.IsNullOrEmpty(contentType) ? "The request had no Content-Type." : $"The request's Content-Type was \"{contentType}\".",
            statusCode: StatusCodes.Status415UnsupportedMediaType);

    public static IResult TooLarge(string detail) =>
        Results.Problem(title: "The request body is too large.", detail: detail, statusCode: StatusCodes.Status413PayloadTooLarge);
}
