using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NoteAddin.Checking.Model;
using NoteAddin.Service.Hosting;

namespace NoteAddin.Service.Api;

/// <summary>
/// The check answer's serialiser, generated at build time. Its settings repeat <see cref="ApiPlumbing.ApplyApiJson"/>'s
/// (camelCase, enums by name); a test proves that both write the same bytes for every development note.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(CheckResult))]
public sealed partial class AnswerJsonContext : JsonSerializerContext;

/// <summary>
/// A 200 answer that generated code writes straight into the response pipe. Results.Ok goes through the serialiser's
/// resumable converters (asynchronous, property by property over reflection-built metadata), which under load was the
/// largest part of a check outside the engine. The generated "fast path" only runs when the options escape text the
/// default way and add no converters, so the encoder that sends umlauts as they are comes with the writer instead.
/// </summary>
public sealed class AnswerJson<T>(T value, JsonTypeInfo<T> typeInfo) : IResult, IValueHttpResult, IValueHttpResult<T>, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = ApiPlumbing.AnswerEncoder,
        // The serialiser produces well-formed JSON; checking every token again is wasted work.
        SkipValidation = true,
    };

    public T Value => value;

    object? IValueHttpResult.Value => value;

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        Write(response.BodyWriter, value, typeInfo);
        return response.BodyWriter.FlushAsync(httpContext.RequestAborted).AsTask();
    }

    /// <summary>Writes <paramref name="answer"/> as the service sends it (the benchmarks time this).</summary>
    public static void Write(IBufferWriter<byte> output, T answer, JsonTypeInfo<T> typeInfo)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        JsonSerializer.Serialize(writer, answer, typeInfo);
    }
}
