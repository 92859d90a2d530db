using NoteAddin.Checking;
using NoteAddin.Checking.Packs;

namespace NoteAddin.Service.Hosting;

/// <summary>Loads the rule packs when the service starts — a broken pack stops start-up with its file, line and
/// column rather than failing the first request — and registers the engine.</summary>
public static class CheckingServices
{
    public static WebApplicationBuilder AddNoteChecking(this WebApplicationBuilder builder)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "RulePacks");
        var extra = builder.Configuration["RulePacks:ExtraDirectory"];
        var packs = RulePackSet.Load(directory, string.IsNullOrWhiteSpace(extra) ? null : Path.GetFullPath(extra, builder.Environment.ContentRootPath));
        var checker = new NoteChecker(packs);
        builder.Services.AddSingleton(checker);
        builder.Services.AddSingleton(new BatchChecker(checker));
        builder.Services.AddHealthChecks().AddCheck<RulePackHealthCheck>("rule-packs");
        return builder;
    }
}
