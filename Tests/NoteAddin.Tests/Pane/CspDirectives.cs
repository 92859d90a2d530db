namespace NoteAddin.Tests.Pane;

/// <summary>A response's Content-Security-Policy as directive → sources.</summary>
internal static class CspDirectives
{
    public static Dictionary<string, string[]> Of(HttpResponseMessage response) =>
        string.Join(";", response.Headers.GetValues("Content-Security-Policy"))
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());
}
