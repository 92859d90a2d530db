using NoteAddin.Checking;

namespace NoteAddin.Service.Hosting;

/// <summary>The engine's configuration keys, read the same way by the service and the command-line audit:
/// <c>RulePacks:ExtraDirectory</c> (overlay packs) and <c>Reader:ModelFile</c> (another model), both relative to
/// the content root.</summary>
public static class EngineSettings
{
    public const string ExtraRulePackDirectory = "RulePacks:ExtraDirectory";
    public const string ModelFile = "Reader:ModelFile";

    public static EngineOptions From(IConfiguration configuration, string contentRoot)
    {
        string? PathOf(string key) =>
            string.IsNullOrWhiteSpace(configuration[key]) ? null : Path.GetFullPath(configuration[key]!, contentRoot);

        return new EngineOptions(ExtraRulePackDirectory: PathOf(ExtraRulePackDirectory), ModelFile: PathOf(ModelFile));
    }

    /// <summary>
    /// The settings for an entry point without a web server (the command-line audit): the configuration the service
    /// itself would read — the same builder, so appsettings.json, appsettings.{Environment}.json, environment
    /// variables and the same content root — with <paramref name="overrides"/> (that command line's own options) on top.
    /// </summary>
    public static EngineOptions FromServiceConfiguration(IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.AddInMemoryCollection(overrides);
        return From(builder.Configuration, builder.Environment.ContentRootPath);
    }
}
