using NoteAddin.Checking;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;
using NoteAddin.Checking.Rules;

namespace NoteAddin.Service.Api;

/// <summary>GET /api/templates and /api/rules: the rule packs' templates and rule catalogue (API.md).</summary>
public static class CatalogApi
{
    public static RouteGroupBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Catalogue");

        group.MapGet("/templates", (string? language, string? status, NoteChecker checker) =>
            {
                if (Invalid(language, checker) is { } problem)
                {
                    return problem;
                }

                NoteStatus? wanted = null;
                if (!string.IsNullOrEmpty(status))
                {
                    if (!Enum.TryParse<NoteStatus>(status, ignoreCase: true, out var parsed) || parsed == NoteStatus.Undetermined)
                    {
                        return ApiProblems.BadRequest(
                            $"Unknown status \"{Short(status)}\".",
                            "Use InProgress, Blocked, NoIntent, Unknown or DuplicateInvalid, or leave it out for all.");
                    }

                    wanted = parsed;
                }

                var templates = checker.Packs
                    .Where(p => language is null || p.Key == language)
                    .SelectMany(p => p.Value.Templates.Select(t => new TemplateInfo(t.Id, t.Status, p.Key, t.Text, t.Slots.Select(s => s.Name).ToArray())))
                    .Where(t => wanted is null || t.Status == wanted)
                    .ToArray();
                return Results.Ok(templates);
            })
            .WithName("ListTemplates")
            .WithSummary("Note templates by status and language.")
            .Produces<TemplateInfo[]>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/rules", (string? language, NoteChecker checker) =>
            {
                if (Invalid(language, checker) is { } problem)
                {
                    return problem;
                }

                var pack = checker.Packs[language ?? LanguageDetector.Fallback];
                var rules = RuleCatalog.All.Select(r =>
                {
                    var text = pack.Rules[r.Id];
                    return new RuleInfo(r.Id, r.Severity, text.Title, text.Explanation, text.GoodExample, text.BadExample);
                }).ToArray();
                return Results.Ok(rules);
            })
            .WithName("ListRules")
            .WithSummary("The rule catalogue in one language (default: the language detection falls back to, English).")
            .Produces<RuleInfo[]>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        return group;
    }

    private static IResult? Invalid(string? language, NoteChecker checker) =>
        language is null || checker.Supports(language)
            ? null
            : ApiProblems.BadRequest($"Unknown language \"{Short(language)}\".", $"Use one of {string.Join(", ", checker.Languages.Select(l => $"\"{l}\""))}, or leave it out.");

    private static string Short(string value) => value.Length <= 20 ? value : value[..20] + "…";

    public sealed record TemplateInfo(string Id, NoteStatus Status, string Language, string Text, IReadOnlyList<string> Slots);

    public sealed record RuleInfo(string Id, Severity Severity, string Title, string Explanation, string? GoodExample, string? BadExample);
}
