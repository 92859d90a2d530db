namespace NoteAddin.Tests.Pane;

/// <summary>The clone the tests run from: where they find WebUI's sources and write the README's screenshots.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NoteAddin.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("NoteAddin.sln not found above the test output");
    }
}
