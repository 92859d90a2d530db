using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace NoteAddin.Service.Api;

/// <summary>
/// Reads a JSON request body ourselves rather than through model binding, so that every way a client can get it
/// wrong — wrong content type, broken JSON, a number where text belongs — gets its own problem details naming what
/// to fix, instead of the framework's generic 400 (or worse).
/// </summary>
internal static class JsonBody
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <param name="emptyExample">The smallest valid body, named when the body is not JSON at all.</param>
    public static async Task<(JsonDocument? Document, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken, string emptyExample = "{\"text\": \"\"}")
    {
        if (!request.HasJsonContentType())
        {
            return (null, ApiProblems.UnsupportedMediaType(request.ContentType));
        }

        try
        {
            var document = await JsonDocument.ParseAsync(request.Body, Options, cancellationToken);
            return (document, null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1})" : string.Empty;
            return (null, ApiProblems.BadRequest("The request body is not valid JSON.", $"Fix the JSON near{where}. An empty request is not JSON; send {emptyExample}."));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            var limit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            return (null, ApiProblems.TooLarge(limit is { } l ? $"Send at most {l} bytes per request." : "Send a smaller request."));
        }
    }

    /// <summary>A string property, or null when absent or null; <paramref name="problem"/> when it is something else.</summary>
    public static string? OptionalString(JsonElement obj, string name, string path, out IResult? problem)
    {
        problem = null;
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problem = ApiProblems.BadRequest($"\"{path}\" must be a string or null.", $"It was a {Describe(value.ValueKind)}.");
            return null;
        }

        return ReadString(value, path, out problem);
    }

    public static string? ReadString(JsonElement value, string path, out IResult? problem)
    {
        problem = null;
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") is valid JSON but not valid text.
            problem = ApiProblems.BadRequest($"\"{path}\" contains an invalid character.", "Remove the unpaired UTF-16 surrogate (for example \"\\ud800\") from the text.");
            return null;
        }
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        JsonValueKind.Null => "null",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
