using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace NoteAddin.Service.Hosting;

/// <summary>JSON shape, problem details, OpenAPI and the health endpoint: the framework's own parts, wired once.</summary>
public static class ApiPlumbing
{
    public static WebApplicationBuilder AddApiPlumbing(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(o => ApplyApiJson(o.SerializerOptions));
        builder.Services.AddProblemDetails(o =>
        {
            // Others (sign-in) customise problem details too: keep theirs and add ours.
            var earlier = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = context =>
            {
                earlier?.Invoke(context);

                // The framework answers a wrong content type itself (the endpoints declare they accept JSON); say what to send.
                if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
                {
                    context.ProblemDetails.Title = "Send the note as JSON with the header Content-Type: application/json.";
                }
            };
        });
        builder.Services.AddOpenApi();
        return builder;
    }

    /// <summary>Notes are German and English: the answers send umlauts and „quotes“ as they are, not as \u escapes
    /// (HTML-sensitive and control characters are still escaped).</summary>
    public static readonly System.Text.Encodings.Web.JavaScriptEncoder AnswerEncoder =
        System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The answers' JSON (API.md): camelCase names, enums by name. The benchmarks serialise with it too.</summary>
    public static JsonSerializerOptions ApplyApiJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter());
        options.Encoder = AnswerEncoder;
        return options;
    }

    public static WebApplication UseApiPlumbing(this WebApplication app)
    {
        // Anything unexpected becomes problem details, never a stack trace; unmatched status codes get a body too.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealth });
        return app;
    }

    private static Task WriteHealth(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
    }
}
