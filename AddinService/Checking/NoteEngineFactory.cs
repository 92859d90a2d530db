using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking;

/// <summary>Where the engine's data lives. Null paths mean "beside the binary" (RulePacks/, Model/reader.model).</summary>
public sealed record EngineOptions(string? RulePackDirectory = null, string? ExtraRulePackDirectory = null, string? ModelFile = null)
{
    public string RulePacks => RulePackDirectory ?? Path.Combine(AppContext.BaseDirectory, "RulePacks");

    public string Model => ModelFile ?? Path.Combine(AppContext.BaseDirectory, "Model", "reader.model");
}

/// <summary>
/// The one place an engine is built: the service, the command-line audit, the benchmarks, the evaluation and the
/// tests all read with the same packs (overlays included) and the same model.
/// </summary>
public static class NoteEngineFactory
{
    /// <exception cref="RulePackException">A pack has a mistake (file, line, column in the message).</exception>
    /// <exception cref="DirectoryNotFoundException">The extra pack directory does not exist.</exception>
    /// <exception cref="InvalidDataException">The model file is missing or damaged.</exception>
    public static NoteChecker Create(EngineOptions? options = null)
    {
        options ??= new EngineOptions();
        var packs = RulePackSet.Load(options.RulePacks, options.ExtraRulePackDirectory);
        if (!File.Exists(options.Model))
        {
            throw new InvalidDataException($"the reader model {Path.GetFileName(options.Model)} is missing; retrain it (README, \"Measuring accuracy\")");
        }

        return new NoteChecker(packs, new LearnedDecider(ReaderModelFile.Read(options.Model)));
    }

    /// <summary>The hand-written rules alone, without the model: the baseline the evaluation compares against.</summary>
    public static NoteChecker CreateRulesOnly(EngineOptions? options = null)
    {
        options ??= new EngineOptions();
        return new NoteChecker(RulePackSet.Load(options.RulePacks, options.ExtraRulePackDirectory), RuleDecider.Instance);
    }
}
