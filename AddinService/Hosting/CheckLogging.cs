using NoteAddin.Checking.Model;
using NoteAddin.Service.Api;

namespace NoteAddin.Service.Hosting;

/// <summary>
/// One structured log line per check: sizes, language, status, grade and rule ids — never the note's or the
/// mail's text, nor the workloads a mail names (notes name customers and their troubles).
/// </summary>
public static class CheckLogging
{
    public static TBuilder WithCheckLogging<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            // One logger for the endpoint: the factory's CreateLogger takes a lock, which every request would queue on.
            var logger = factory.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("NoteAddin.Checks");
            return context => LogAsync(logger, context, next);
        });

    private static async ValueTask<object?> LogAsync(ILogger logger, EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (!logger.IsEnabled(LogLevel.Information))
        {
            // Nothing to build: the rule-id list costs more than the check's own answer.
            return result;
        }

        var bytes = context.HttpContext.Request.ContentLength;
        switch (result)
        {
            case IValueHttpResult { Value: CheckResult r }:
                logger.LogInformation(
                    "Checked a note: {Bytes} bytes, {Language}, {Status}, {Grade} {Score}, rules [{RuleIds}]",
                    bytes, r.Language, r.Status, r.Grade, r.Score, string.Join(",", r.Findings.Select(f => f.RuleId)));
                break;
            case IValueHttpResult { Value: BatchResponse b }:
                logger.LogInformation(
                    "Checked {Count} notes: {Bytes} bytes, {CrossFindings} cross findings, statuses [{Statuses}]",
                    b.Results.Count, bytes, b.CrossFindings.Count,
                    string.Join(",", b.Results.GroupBy(x => x.Status).Select(g => $"{g.Key}={g.Count()}")));
                break;
            case IValueHttpResult { Value: MailResponse m }:
                logger.LogInformation(
                    "Checked a mail: {Bytes} bytes, {Language}, {Notes} notes, {CrossFindings} cross findings, statuses [{Statuses}], grades [{Grades}]",
                    bytes, m.Language, m.Notes.Count, m.CrossFindings.Count,
                    string.Join(",", m.Notes.GroupBy(n => n.Result.Status).Select(g => $"{g.Key}={g.Count()}")),
                    string.Join(",", m.Notes.GroupBy(n => n.Result.Grade).Select(g => $"{g.Key}={g.Count()}")));
                break;
            case IStatusCodeHttpResult { StatusCode: >= 400 } refused:
                logger.LogInformation("Refused a check: {StatusCode}, {Bytes} bytes", refused.StatusCode, bytes);
                break;
        }

        return result;
    }
}
