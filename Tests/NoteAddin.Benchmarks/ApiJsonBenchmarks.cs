using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NoteAddin.Checking;
using NoteAddin.Checking.Model;
using NoteAddin.Service.Api;
using NoteAddin.Service.Hosting;

namespace NoteAddin.Benchmarks;

/// <summary>
/// What /api/notes/check does around the engine: parse the request body, write the answer with the generated serialiser
/// (AnswerJson) — and, beside it, with the API's JSON options (ApiPlumbing), as the other endpoints write theirs. With
/// the engine's own figure this splits a request's application time; the rest is Kestrel.
/// </summary>
[MemoryDiagnoser]
public class ApiJsonBenchmarks
{
    // The service's own options (ASP.NET Core's HTTP JSON starts from the Web defaults too).
    private static readonly JsonSerializerOptions Options = ApiPlumbing.ApplyApiJson(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    private byte[] _body = null!;
    private CheckResult _result = null!;
    private readonly MemoryStream _output = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(8 * 1024);

    [GlobalSetup]
    public void Setup()
    {
        var text = SampleNotes.ByName["de-typical"];
        _body = JsonSerializer.SerializeToUtf8Bytes(new { text, language = (string?)null, workload = "Teams" });
        _result = SampleNotes.CreateChecker().Check(new NoteInput(text, null, "Teams"));
    }

    public long ResultBytes => JsonSerializer.SerializeToUtf8Bytes(_result, Options).Length;

    [Benchmark]
    public string? ParseRequest()
    {
        using var document = JsonDocument.Parse(_body);
        return document.RootElement.GetProperty("text").GetString();
    }

    [Benchmark]
    public long SerializeResult()
    {
        _buffer.ResetWrittenCount();
        AnswerJson<CheckResult>.Write(_buffer, _result, AnswerJsonContext.Default.CheckResult);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public long SerializeResultWithOptions()
    {
        _output.Position = 0;
        JsonSerializer.Serialize(_output, _result, Options);
        return _output.Position;
    }
}
