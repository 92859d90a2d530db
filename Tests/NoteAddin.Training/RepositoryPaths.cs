namespace NoteAddin.Training;

/// <summary>Where the corpus and the model live, found from the repository root (the folder holding NoteAddin.sln).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The model file the service ships and loads (copied beside its binary by the build).</summary>
    public static string ModelFile => Path.Combine(Root, "AddinService", "Model", "reader.model");

    /// <summary>The rule packs the service ships (copied beside its binary by the build).</summary>
    public static string RulePacks => Path.Combine(Root, "AddinService", "RulePacks");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NoteAddin.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("run this from inside the NoteAddin checkout (no NoteAddin.sln above the current directory)");
    }
}
