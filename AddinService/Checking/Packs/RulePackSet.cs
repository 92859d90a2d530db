namespace NoteAddin.Checking.Packs;

/// <summary>
/// Loads every language's pack from a directory (<c>en.json</c>, <c>de.json</c>, …) and layers the packs of an
/// optional extra directory over them (each overlay names its "language"), so a team can add product names or
/// phrases without a release.
/// </summary>
public static class RulePackSet
{
    public static IReadOnlyDictionary<string, CompiledPack> Load(string directory, string? extraDirectory = null)
    {
        var bases = Directory.GetFiles(directory, "*.json").OrderBy(f => f, StringComparer.Ordinal).Select(RulePackFile.Load).ToList();
        if (bases.Count == 0)
        {
            throw new RulePackException(Path.GetFileName(directory), 1, 1, "no rule packs (*.json) in the rule pack directory");
        }

        var overlays = new List<RulePackFile>();
        if (!string.IsNullOrWhiteSpace(extraDirectory))
        {
            if (!Directory.Exists(extraDirectory))
            {
                throw new DirectoryNotFoundException($"the extra rule pack directory named in configuration does not exist: {Path.GetFileName(extraDirectory.TrimEnd('/', '\\'))}");
            }

            overlays.AddRange(Directory.GetFiles(extraDirectory, "*.json").OrderBy(f => f, StringComparer.Ordinal).Select(RulePackFile.Load));
        }

        var packs = new Dictionary<string, CompiledPack>(StringComparer.Ordinal);
        foreach (var basePack in bases)
        {
            var language = basePack.Document.Language ?? throw basePack.Error("", "the pack needs a \"language\"");
            var layers = overlays.Where(o => o.Document.Language == language).Prepend(basePack).ToList();
            packs[language] = RulePackCompiler.Compile(layers);
        }

        foreach (var orphan in overlays.Where(o => o.Document.Language is null || !packs.ContainsKey(o.Document.Language)))
        {
            throw orphan.Error("", $"this overlay's \"language\" ({orphan.Document.Language ?? "missing"}) matches no base pack");
        }

        try
        {
            // One table of recorded-status labels serves every language: a label may not mean two statuses.
            RecordedStatusLabels.From(packs);
        }
        catch (ArgumentException e)
        {
            var files = string.Join(", ", bases.Concat(overlays).Where(f => f.Document.RecordedStatuses is not null).Select(f => f.Name));
            throw new RulePackException(files, 1, 1, e.Message.Split(" (Parameter", 2)[0]);
        }

        return packs;
    }
}
