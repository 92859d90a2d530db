using System.Diagnostics;
using NoteAddin.Checking;
using NoteAddin.Checking.Model;

namespace NoteAddin.Evaluation;

/// <summary>
/// How long the engine takes on the longest notes the API accepts, made of one cue repeated: the inputs that once
/// made a scan quadratic ("attempts " 10 000 characters long). A quick look, not a benchmark — those live in
/// Tests/NoteAddin.Benchmarks.
/// </summary>
public static class HostileTiming
{
    private static readonly string[] Units =
    {
        "attempts ", "not ", "firewall, ", "usage 1 ", "infrastructure ", "a/", "Kontaktversuche ", "nicht ", "1. ",
        "because ", "z. B. ", "until ", "x, y und ", "mails und 2 anrufe ",
    };

    public static void Print(NoteChecker checker, TextWriter output)
    {
        foreach (var unit in Units)
        {
            var text = string.Concat(Enumerable.Repeat(unit, (10_000 / unit.Length) + 1))[..10_000];
            checker.Check(new NoteInput(text));
            var watch = Stopwatch.StartNew();
            const int runs = 5;
            for (var i = 0; i < runs; i++)
            {
                checker.Check(new NoteInput(text));
            }

            output.WriteLine($"{unit,-22} {watch.Elapsed.TotalMilliseconds / runs,8:0.00} ms");
        }
    }
}
