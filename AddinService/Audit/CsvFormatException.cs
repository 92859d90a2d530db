namespace NoteAddin.Service.Audit;

/// <summary>An input file the audit cannot read as a whole; <see cref="Line"/> is 1-based, as editors count.</summary>
public sealed class CsvFormatException(int line, string problem) : Exception($"line {line}: {problem}")
{
    public int Line { get; } = line;

    public string Problem { get; } = problem;
}
