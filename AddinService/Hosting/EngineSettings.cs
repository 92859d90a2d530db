using NoteAddin.Checking;

namespace NoteAddin.Service.Hosting;

/// <summary>The engine's configuration keys, read the same way by the service and the command-line audit:
/// <c>RulePacks:ExtraDirectory</c> (overlay packs) and <c>Reader:ModelFile</c> (another model), both relative to
/// the content root.</summary>
public static class EngineSettings
{
    public static EngineOptions From(IConfiguration configuration, string contentRoot)
    {
        string? PathOf(string key) =>
            string.IsNullOrWhiteSpace(configuration[key]) ? null : Path.GetFullPath(configuration[key]!, contentRoot);

        return new EngineOptions(ExtraRulePackDirectory: PathOf("RulePacks:ExtraDirectory"), ModelFile: PathOf("Reader:ModelFile"));
    }
}
