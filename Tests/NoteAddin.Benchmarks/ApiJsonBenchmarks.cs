using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NoteAddin.Checking;
using NoteAddin.Checking.Model;
using NoteAddin.Service.Hosting;

namespace NoteAddin.Benchmarks;

/// <summary>
/// What /api/notes/check does around the engine: parse the request body, serialise the result with the API's JSON
/// options (ApiPlumbing). With the engine's own figure this splits a request's application time; the rest is Kestrel.
/// </summary>
[MemoryDiagnoser]
public class ApiJsonBenchmarks
{
    // The service's own options (ASP.NET Core's HTTP JSON starts from the Web defaults too).
    private static readonly JsonSerializerOptions Options = ApiPlumbing.ApplyApiJson(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    private byte[] _body = null!;
    private CheckResult _result = null!;
    private readonly MemoryStream _output = new();

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
        _output.Position = 0;
        JsonSerializer.Serialize(_output, _result, Options);
        return _output.Position;
    }
}
