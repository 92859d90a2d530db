namespace NoteAddin.Evaluation;

public sealed record EvaluationOptions(bool ShowErrors, string? Kind, string? Language, string? Directory)
{
    public static EvaluationOptions Parse(string[] args)
    {
        string? Value(string name) => Training.CommandLine.Value(args, name);
        return new EvaluationOptions(args.Contains("--errors"), Value("--kind"), Value("--lang"), Value("--dir"));
    }
}
