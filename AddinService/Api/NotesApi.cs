using System.Text.Json;
using NoteAddin.Checking;
using NoteAddin.Checking.Model;

namespace NoteAddin.Service.Api;

/// <summary>POST /api/notes/check, /api/notes/check-batch and /api/notes/copy-keys (API.md).</summary>
public static class NotesApi
{
    public const int MaxBatchNotes = 1_000;

    // A note is at most 10 000 characters (≤ 40 KB as UTF-8, ≤ 60 KB with JSON escapes); leave room for the rest.
    private const long MaxCheckBodyBytes = 128 * 1024;
    private const long MaxBatchBodyBytes = 16 * 1024 * 1024;

    public static RouteGroupBuilder MapNotesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notes").WithTags("Notes");

        group.MapJsonPost<CheckRequestSchema, CheckResult>("/check", CheckAsync, "CheckNote",
            "Checks one entitlement status note against the guidance.", MaxCheckBodyBytes);
        group.MapJsonPost<BatchRequestSchema, BatchResponse>("/check-batch", CheckBatchAsync, "CheckNotes",
            $"Checks up to {MaxBatchNotes} notes and finds notes copied across workloads of one tenant.", MaxBatchBodyBytes);
        group.MapJsonPost<CopyKeysRequestSchema, CopyKeysResponse>("/copy-keys", CopyKeysAsync, "CopyKeys",
            $"The copy-paste key of up to {MaxBatchNotes} note texts: notes of one tenant with equal keys count as the same note, so a client that splits a tenant over several /check-batch requests keeps copies together.",
            MaxBatchBodyBytes);

        return group;
    }

    /// <summary>A POST that reads its JSON body itself (<see cref="JsonBody"/>): its schema and answer for the OpenAPI
    /// description, the problems it may answer, and its body size limit.</summary>
    private static RouteHandlerBuilder MapJsonPost<TRequest, TResponse>(
        this RouteGroupBuilder group, string pattern, Delegate handler, string name, string summary, long maxBodyBytes)
        where TRequest : notnull =>
        group.MapPost(pattern, handler)
            .WithName(name)
            .WithSummary(summary)
            .Accepts<TRequest>("application/json")
            .Produces<TResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(maxBodyBytes));

    private static async Task<IResult> CheckAsync(HttpRequest request, NoteChecker checker, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        using (document)
        {
            var input = NoteRequest.Read(document!.RootElement, string.Empty, checker, out problem);
            return problem ?? new AnswerJson<CheckResult>(checker.Check(input!), AnswerJsonContext.Default.CheckResult);
        }
    }

    /// <summary>The body's one array, <c>{"notes": [ … ]}</c>, of at most <see cref="MaxBatchNotes"/> items; the
    /// caller disposes the document.</summary>
    private static async Task<(JsonDocument? Document, JsonElement Items, IResult? Problem)> ReadListAsync(
        HttpRequest request, string name, string what, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return (null, default, problem);
        }

        var root = document!.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(name, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            document.Dispose();
            return (null, default, ApiProblems.BadRequest($"The request body must be {{\"{name}\": [ … ]}}.", $"Put {what} in an array named \"{name}\"."));
        }

        var count = items.GetArrayLength();
        if (count > MaxBatchNotes)
        {
            document.Dispose();
            return (null, default, ApiProblems.BadRequest($"Too many {name}: send at most {MaxBatchNotes:N0} per request.", $"The request had {count:N0}; split it into chunks."));
        }

        return (document, items, null);
    }

    private static async Task<IResult> CheckBatchAsync(HttpRequest request, BatchChecker batchChecker, NoteChecker checker, CancellationToken cancellationToken)
    {
        var (document, notes, problem) = await ReadListAsync(request, "notes", "the notes to check", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        using (document)
        {
            var batch = new List<BatchNote>(notes.GetArrayLength());
            var index = 0;
            foreach (var note in notes.EnumerateArray())
            {
                var path = $"notes[{index}]";
                var input = NoteRequest.Read(note, path, checker, out problem);
                if (problem is not null)
                {
                    return problem;
                }

                var id = ReadId(note, path, index, out problem);
                var tenant = JsonBody.OptionalString(note, "tenant", path + ".tenant", out var tenantProblem);
                problem ??= tenantProblem;
                if (problem is not null)
                {
                    return problem;
                }

                batch.Add(new BatchNote(id, input!.Text, input.Workload, tenant, input.Language));
                index++;
            }

            return Results.Ok(BatchResponse.From(batchChecker.Check(batch)));
        }
    }

    private static async Task<IResult> CopyKeysAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (document, texts, problem) = await ReadListAsync(request, "texts", "the note texts, as strings,", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        using (document)
        {
            var keys = new List<string>(texts.GetArrayLength());
            foreach (var text in texts.EnumerateArray())
            {
                var path = $"texts[{keys.Count}]";
                if (text.ValueKind != JsonValueKind.String)
                {
                    return ApiProblems.BadRequest($"\"{path}\" must be a string.", $"It was a {JsonBody.Describe(text.ValueKind)}.");
                }

                var value = JsonBody.ReadString(text, path, out problem);
                if (problem is not null)
                {
                    return problem;
                }

                if (value!.Length > NoteChecker.MaxNoteLength)
                {
                    return ApiProblems.BadRequest($"\"{path}\" is longer than {NoteChecker.MaxNoteLength:N0} characters.", "Such a note cannot be checked either; leave it out.");
                }

                keys.Add(CopyPasteKey.TextOf(value));
            }

            return Results.Ok(new CopyKeysResponse(keys));
        }
    }

    /// <summary>The note's "id" (a string, or a number taken as its text); its position when absent.</summary>
    private static string ReadId(JsonElement note, string path, int index, out IResult? problem)
    {
        problem = null;
        if (!note.TryGetProperty("id", out var id) || id.ValueKind == JsonValueKind.Null)
        {
            return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return id.ValueKind switch
        {
            JsonValueKind.String => JsonBody.ReadString(id, path + ".id", out problem) ?? string.Empty,
            JsonValueKind.Number => id.GetRawText(),
            _ => Fail(out problem),
        };

        string Fail(out IResult? p)
        {
            p = ApiProblems.BadRequest($"\"{path}.id\" must be a string.", $"It was a {JsonBody.Describe(id.ValueKind)}.");
            return string.Empty;
        }
    }

    /// <summary>Documents /check's body in the OpenAPI description (the endpoint reads the JSON itself).</summary>
    internal sealed record CheckRequestSchema(string Text, string? Language, string? Workload);

    internal sealed record BatchRequestSchema(IReadOnlyList<BatchNoteSchema> Notes);

    internal sealed record BatchNoteSchema(string? Id, string Text, string? Workload, string? Tenant, string? Language);

    internal sealed record CopyKeysRequestSchema(IReadOnlyList<string> Texts);

    /// <summary>One key per text, in the request's order (<see cref="CopyPasteKey.TextOf"/>).</summary>
    internal sealed record CopyKeysResponse(IReadOnlyList<string> Keys);
}
