namespace NoteAddin.Checking.Packs;

/// <summary>A rule pack that cannot be used; the message names the file, line and column of the mistake.</summary>
public sealed class RulePackException : Exception
{
    public RulePackException(string file, int line, int column, string problem, Exception? inner = null)
        : base($"{file}({line},{column}): {problem}", inner)
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    public string Problem { get; }
}
