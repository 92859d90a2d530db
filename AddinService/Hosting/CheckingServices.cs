using NoteAddin.Checking;
using NoteAddin.Checking.Packs;

namespace NoteAddin.Service.Hosting;

/// <summary>Loads the rule packs when the service starts — a broken pack stops start-up with its file, line and
/// column rather than failing the first request — and registers the engine.</summary>
public static class CheckingServices
{
    /// <returns>False when a rule pack cannot be used; the problem is written to standard error.</returns>
    public static bool AddNoteChecking(this WebApplicationBuilder builder)
    {
        IReadOnlyDictionary<string, CompiledPack> packs;
        try
        {
            var directory = Path.Combine(AppContext.BaseDirectory, "RulePacks");
            var extra = builder.Configuration["RulePacks:ExtraDirectory"];
            packs = RulePackSet.Load(directory, string.IsNullOrWhiteSpace(extra) ? null : Path.GetFullPath(extra, builder.Environment.ContentRootPath));
        }
        catch (Exception e) when (e is RulePackException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"NoteAddin cannot start: rule pack {e.Message}");
            return false;
        }

        var checker = new NoteChecker(packs);
        builder.Services.AddSingleton(checker);
        builder.Services.AddSingleton(new BatchChecker(checker));
        builder.Services.AddHealthChecks().AddCheck<RulePackHealthCheck>("rule-packs");
        return true;
    }
}
