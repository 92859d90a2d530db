namespace NoteAddin.Service.Audit;

/// <summary>The audit's command line: <c>audit notes.csv [--out results.csv] [--note-column "Status Note"] …</c></summary>
public sealed record AuditOptions
{
    public const int DefaultChunkSize = 1_000;

    public required string Input { get; init; }

    /// <summary>Where the results go; default: beside the input, named <c>&lt;input&gt;.results.csv</c>.</summary>
    public required string Output { get; init; }

    /// <summary>Header names the user chose, by column; a column not named here is found by its usual names.</summary>
    public IReadOnlyDictionary<AuditColumn, string> ColumnNames { get; init; } = new Dictionary<AuditColumn, string>();

    /// <summary>',' ';' or tab; null: detect from the header line.</summary>
    public char? Delimiter { get; init; }

    /// <summary>The file's character encoding: UTF-8 (default) or Windows-1252 (Excel's plain "CSV" on Western
    /// Windows), which is turned into UTF-8 before the strict reader sees it.</summary>
    public bool Windows1252 { get; init; }

    /// <summary>Notes per BatchChecker call (the batch API's limit); notes copied across workloads stay in one chunk.</summary>
    public int ChunkSize { get; init; } = DefaultChunkSize;

    /// <summary>Engine settings given on the command line (full paths), over the service's configuration.</summary>
    public IReadOnlyDictionary<string, string?> EngineSettings { get; init; } = new Dictionary<string, string?>();

    public const string Usage = """
        usage: dotnet run --project AddinService -- audit NOTES.csv [--out RESULTS.csv] [options]

        Checks every note of a CSV export and writes one result row per note, in the input's order.
          --out FILE              results file (default: NOTES.results.csv beside the input)
          --tenant-column NAME    header of the tenant column     (default: tenant, tenant name, tenant id, customer)
          --workload-column NAME  header of the workload column   (default: workload, service, product)
          --status-column NAME    header of the recorded status   (default: status, recorded status, l1, l1 status)
          --note-column NAME      header of the note text         (default: note, status note, notes, text, comment)
          --id-column NAME        optional id column               (default: id, note id; else the line number)
          --language-column NAME  optional language column, de/en (default: language, lang; else detected)
          --delimiter C           ',' ';' or 'tab' (default: guessed from the header line)
          --encoding E            utf-8 (default) or windows-1252 (Excel's plain "CSV" on Western Windows)
          --chunk-size N          notes per batch (default 1000)
          --extra-rule-packs DIR  overlay rule packs (default: RulePacks:ExtraDirectory, as the service reads it)
          --reader-model FILE     the reader model (default: Reader:ModelFile, else the one shipped)
        The engine reads the service's configuration: appsettings.json, appsettings.{Environment}.json and
        environment variables (RulePacks__ExtraDirectory, Reader__ModelFile).
        Header names match case-insensitively, ignoring spaces, '_' and '-'.
        Exit codes: 0 checked, 1 unreadable input (the message names the line), 2 wrong command line,
        3 the engine cannot start (a rule pack or the model; the message names it).
        """;

    /// <summary>Reads the arguments after "audit"; null with <paramref name="error"/> set when they make no sense.</summary>
    public static AuditOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        string? input = null, output = null;
        char? delimiter = null;
        var windows1252 = false;
        var chunkSize = DefaultChunkSize;
        var columns = new Dictionary<AuditColumn, string>();
        var engine = new Dictionary<string, string?>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (input is not null)
                {
                    error = $"one input file only (got \"{input}\" and \"{arg}\")";
                    return null;
                }

                input = arg;
                continue;
            }

            if (arg is "--help" or "-h")
            {
                error = string.Empty;
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{arg} needs a value";
                return null;
            }

            var value = args[++i];
            switch (arg)
            {
                case "--out": output = value; break;
                case "--tenant-column": columns[AuditColumn.Tenant] = value; break;
                case "--workload-column": columns[AuditColumn.Workload] = value; break;
                case "--status-column": columns[AuditColumn.RecordedStatus] = value; break;
                case "--note-column": columns[AuditColumn.Note] = value; break;
                case "--id-column": columns[AuditColumn.Id] = value; break;
                case "--language-column": columns[AuditColumn.Language] = value; break;
                case "--extra-rule-packs": engine[Hosting.EngineSettings.ExtraRulePackDirectory] = Path.GetFullPath(value); break;
                case "--reader-model": engine[Hosting.EngineSettings.ModelFile] = Path.GetFullPath(value); break;
                case "--delimiter":
                    delimiter = value switch { "," => ',', ";" => ';', "tab" or "\\t" or "\t" => '\t', _ => null };
                    if (delimiter is null)
                    {
                        error = $"--delimiter must be ',', ';' or 'tab' (got \"{value}\")";
                        return null;
                    }

                    break;
                case "--encoding":
                    switch (value.ToLowerInvariant())
                    {
                        case "utf-8" or "utf8":
                            windows1252 = false;
                            break;
                        case "windows-1252" or "cp1252" or "1252":
                            windows1252 = true;
                            break;
                        default:
                            error = $"--encoding must be utf-8 or windows-1252 (got \"{value}\")";
                            return null;
                    }

                    break;
                case "--chunk-size":
                    if (!int.TryParse(value, out chunkSize) || chunkSize < 1)
                    {
                        error = $"--chunk-size must be a positive whole number (got \"{value}\")";
                        return null;
                    }

                    break;
                default:
                    error = $"unknown option {arg}";
                    return null;
            }
        }

        if (input is null)
        {
            error = "name the CSV file to audit";
            return null;
        }

        output ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input)) ?? ".", Path.GetFileNameWithoutExtension(input) + ".results.csv");
        if (string.Equals(Path.GetFullPath(output), Path.GetFullPath(input), StringComparison.Ordinal))
        {
            error = "--out names the input file; the audit never overwrites its input";
            return null;
        }

        return new AuditOptions { Input = input, Output = output, ColumnNames = columns, Delimiter = delimiter, Windows1252 = windows1252, ChunkSize = chunkSize, EngineSettings = engine };
    }
}
