using System.Diagnostics;
using System.Globalization;
using NoteAddin.Checking;
using NoteAddin.Checking.Packs;
using NoteAddin.Service.Hosting;

namespace NoteAddin.Service.Audit;

/// <summary>
/// <c>AddinService audit notes.csv --out results.csv</c>: the batch audit without the web server. Reads the whole
/// export first (so a malformed file fails before anything is written), checks it in chunks, writes the results
/// in the input's order, and prints a summary. Progress goes to stderr, the summary to stdout.
/// </summary>
public static class AuditCommand
{
    public const int Ok = 0;
    public const int UnreadableInput = 1;
    public const int BadCommandLine = 2;
    public const int EngineUnavailable = 3;

    public static int Run(IReadOnlyList<string> args) =>
        Run(args, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected);

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        var options = AuditOptions.Parse(args, out var error);
        if (options is null)
        {
            if (!string.IsNullOrEmpty(error))
            {
                stderr.WriteLine($"audit: {error}");
            }

            stderr.WriteLine(AuditOptions.Usage);
            return string.IsNullOrEmpty(error) ? Ok : BadCommandLine;
        }

        var clock = Stopwatch.StartNew();
        NoteChecker checker;
        try
        {
            // The packs (overlays included) and the model the service would read with.
            checker = NoteEngineFactory.Create(EngineSettings.FromServiceConfiguration(options.EngineSettings));
        }
        catch (Exception e) when (e is RulePackException or DirectoryNotFoundException or InvalidDataException)
        {
            stderr.WriteLine($"audit: the engine cannot start: {(e is RulePackException ? "rule pack " : "")}{e.Message}");
            return EngineUnavailable;
        }

        List<AuditNote> notes;
        char delimiter;
        try
        {
            using var stream = options.Windows1252 ? Windows1252Input.AsUtf8(options.Input) : File.OpenRead(options.Input);
            notes = AuditReader.Read(stream, options, checker, out delimiter);
        }
        catch (CsvFormatException e)
        {
            stderr.WriteLine($"audit: {options.Input}: {e.Message}");
            stderr.WriteLine("audit: nothing was checked; fix the line above and run again.");
            return UnreadableInput;
        }
        catch (InvalidDataException e)
        {
            stderr.WriteLine($"audit: {options.Input}: {e.Message}");
            return UnreadableInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"audit: cannot read {options.Input}: {e.Message}");
            return UnreadableInput;
        }

        var progress = new ProgressLine(stderr, interactive);
        var results = AuditRunner.Check(notes, new BatchChecker(checker), options.ChunkSize, progress.Report);
        progress.Done();

        try
        {
            ResultsCsvWriter.Write(options.Output, results, delimiter, checker.RecordedStatuses);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"audit: cannot write {options.Output}: {e.Message}");
            return UnreadableInput;
        }

        AuditSummary.Write(stdout, results);
        stdout.WriteLine($"Results: {options.Output} ({clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s)");
        return Ok;
    }

    /// <summary>"checked 3,000 of 10,000 notes (30 %)": rewritten in place on a terminal, a line per tenth otherwise.</summary>
    private sealed class ProgressLine(TextWriter stderr, bool interactive)
    {
        private int _lastTenth = -1;

        public void Report(int done, int total)
        {
            var percent = 100 * done / Math.Max(1, total);
            var line = $"checked {done.ToString("N0", CultureInfo.InvariantCulture)} of {total.ToString("N0", CultureInfo.InvariantCulture)} notes ({percent} %)";
            if (interactive)
            {
                stderr.Write("\r" + line);
            }
            else if (percent / 10 != _lastTenth)
            {
                _lastTenth = percent / 10;
                stderr.WriteLine(line);
            }
        }

        public void Done()
        {
            if (interactive)
            {
                stderr.WriteLine();
            }
        }
    }
}
