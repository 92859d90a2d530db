namespace NoteAddin.Training;

/// <summary>The one way the training and evaluation commands read an option's value ("--out FILE").</summary>
public static class CommandLine
{
    /// <summary>The argument after <paramref name="name"/>, or null when the option is absent or last.</summary>
    public static string? Value(IEnumerable<string> args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
