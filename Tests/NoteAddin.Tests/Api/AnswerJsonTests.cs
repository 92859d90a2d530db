using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NoteAddin.Checking;
using NoteAddin.Checking.Model;
using NoteAddin.Service.Api;
using NoteAddin.Tests.Hosting;
using NoteAddin.Training;

namespace NoteAddin.Tests.Api;

/// <summary>
/// /api/notes/check writes its answer with the generated serialiser (<see cref="AnswerJson{T}"/>), every other answer
/// with the service's HTTP JSON options: the two must write the same bytes, or the check answer would drift from
/// API.md's shape (and from /check-batch's) the day someone changes one of them.
/// </summary>
public class AnswerJsonTests
{
    [Test]
    public async Task The_generated_answer_equals_the_service_options_answer_for_every_development_note()
    {
        using var host = ServiceHost.Development();
        var options = host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var checker = host.Services.GetRequiredService<NoteChecker>();
        var notes = LabelledNotes.Load(Path.Combine(AppContext.BaseDirectory, "DevSet"))
            .Select(n => new NoteInput(n.Text, null, n.Workload))
            .Concat(EdgeCases)
            .ToList();

        var withSuggestion = 0;
        foreach (var input in notes)
        {
            var result = checker.Check(input);
            withSuggestion += result.Suggestion is null ? 0 : 1;
            var expected = JsonSerializer.Serialize(result, options);
            var written = await Write(result);
            Assert.That(written, Is.EqualTo(expected), input.Text);
        }

        Assert.That(withSuggestion, Is.GreaterThan(50), "answers with a rewrite and its slots were compared too");
    }

    [Test]
    public async Task Umlauts_and_quotes_stay_as_they_are_while_html_and_control_characters_are_escaped()
    {
        var result = new CheckResult("de", NoteStatus.Blocked, Grade.Good, 90, new ReasonResult("Network", null, 0.5), 1,
            [new Finding("vague-time-word", Severity.Info, "„Grüße“ <b>&'\"\u0001", 0, 1, [])], null);
        var written = await Write(result);
        Assert.That(written, Does.Contain("„Grüße“"));
        Assert.That(written, Does.Contain("\\u003Cb\\u003E\\u0026\\u0027\\u0022\\u0001"));
    }

    [Test]
    public void The_generated_serialiser_can_take_its_fast_path()
    {
        // The generated code writes without metadata only when the options escape by default and add no converters;
        // AnswerJson supplies the umlaut-friendly encoder through the writer instead.
        var typeInfo = AnswerJsonContext.Default.CheckResult;
        Assert.Multiple(() =>
        {
            Assert.That(typeInfo.SerializeHandler, Is.Not.Null);
            Assert.That(typeInfo.Options.Encoder, Is.Null);
            Assert.That(typeInfo.Options.Converters, Is.Empty);
        });
    }

    private static readonly NoteInput[] EdgeCases =
    [
        new("", null, null),
        new("🚧 Customer is currently blocked because the proxy drops Teams media traffic.", "en", "Teams"),
        new("Kunde sagt: \"kein Bedarf\" <script>alert(1)</script> & Co. — Tab\there, line\nbreak.", null, "SharePoint"),
        new("Customer does not respond to contact attempts.", null, null),
    ];

    private static async Task<string> Write(CheckResult result)
    {
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        await new AnswerJson<CheckResult>(result, AnswerJsonContext.Default.CheckResult).ExecuteAsync(context);
        Assert.That(context.Response.ContentType, Is.EqualTo("application/json; charset=utf-8"));
        return Encoding.UTF8.GetString(body.ToArray());
    }
}
