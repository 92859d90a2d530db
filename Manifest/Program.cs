namespace NoteAddin.Manifest;

// dotnet run --project Manifest -- render [--base-url URL] [--send-mode PromptUser|SoftBlock|Block] [--out FILE]
// dotnet run --project Manifest -- lint FILE [--web-root DIR]
// dotnet run --project Manifest -- icons [--out DIR]
internal static class Program
{
    private static int Main(string[] args) => Cli.Run(args, Console.Out, Console.Error);
}

internal static class Cli
{
    private const string Usage = """
        usage:
          render [--base-url URL] [--send-mode MODE] [--out FILE]
                                                 write the manifest for a host (default https://localhost:3000, to stdout)
            --send-mode PromptUser               (default) the on-send alert lets the writer send anyway
            --send-mode SoftBlock                the writer must fix the note first; if the add-in cannot run, mail still goes
            --send-mode Block                    no send until the note is fixed, not even when the add-in cannot run.
                                                 Block only works for add-ins an administrator deploys (Microsoft 365
                                                 admin center > Integrated apps); such a manifest fails Store validation
          lint FILE [--web-root DIR]             check a manifest; icons are looked up under DIR (default: AddinService/wwwroot)
          icons [--out DIR]                      draw the icon PNGs (default: AddinService/wwwroot/assets)
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0)
        {
            error.WriteLine(Usage);
            return 2;
        }

        try
        {
            var options = Options.Parse(args[1..]);
            return args[0] switch
            {
                "render" => Render(options, output),
                "lint" => Lint(options, output, error),
                "icons" => Icons(options, output),
                _ => Fail(error, $"unknown command \"{args[0]}\"\n{Usage}"),
            };
        }
        catch (ArgumentException e)
        {
            return Fail(error, e.Message);
        }
    }

    private static int Render(Options options, TextWriter output)
    {
        var sendMode = options.Get("--send-mode") is { } mode ? SmartAlerts.ParseSendMode(mode) : SmartAlerts.DefaultSendMode;
        var text = AddinManifest.RenderText(options.Get("--base-url") ?? AddinManifest.LocalBaseUrl, sendMode);
        if (options.Get("--out") is { } path)
        {
            File.WriteAllText(path, text);
            output.WriteLine($"wrote {path}");
        }
        else
        {
            output.Write(text);
        }

        return 0;
    }

    private static int Lint(Options options, TextWriter output, TextWriter error)
    {
        var file = options.Positional.FirstOrDefault() ?? throw new ArgumentException("lint needs a manifest file: lint manifest.xml");
        if (!File.Exists(file))
        {
            return Fail(error, $"{file}: no such file");
        }

        var webRoot = options.Get("--web-root") ?? FindWebRoot(Path.GetDirectoryName(Path.GetFullPath(file))!) ?? FindWebRoot(Environment.CurrentDirectory);
        if (webRoot is null)
        {
            return Fail(error, $"{file}: cannot find AddinService/wwwroot to look up the icons; pass --web-root DIR");
        }

        var problems = ManifestLinter.LintFile(file, webRoot);
        foreach (var problem in problems)
        {
            error.WriteLine($"{file}: {problem}");
        }

        if (problems.Count > 0)
        {
            error.WriteLine($"{file}: {problems.Count} problem(s)");
            return 1;
        }

        output.WriteLine($"{file}: no problems");
        return 0;
    }

    private static int Icons(Options options, TextWriter output)
    {
        var directory = options.Get("--out") ?? Path.Combine(FindWebRoot(Environment.CurrentDirectory) ?? throw new ArgumentException("cannot find AddinService/wwwroot; pass --out DIR"), "assets");
        Directory.CreateDirectory(directory);
        foreach (var size in AddinManifest.IconSizes)
        {
            var path = Path.Combine(directory, $"icon-{size}.png");
            File.WriteAllBytes(path, IconPainter.Paint(size));
            output.WriteLine($"wrote {path}");
        }

        return 0;
    }

    /// <summary>AddinService/wwwroot in this directory or the nearest parent that has one.</summary>
    internal static string? FindWebRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "AddinService", "wwwroot");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return 1;
    }

    private sealed class Options
    {
        private readonly Dictionary<string, string> _named = [];

        public List<string> Positional { get; } = [];

        public string? Get(string name) => _named.GetValueOrDefault(name);

        public static Options Parse(string[] args)
        {
            var options = new Options();
            for (var i = 0; i < args.Length; i++)
            {
                if (args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    if (i + 1 >= args.Length)
                    {
                        throw new ArgumentException($"{args[i]} needs a value");
                    }

                    options._named[args[i]] = args[++i];
                }
                else
                {
                    options.Positional.Add(args[i]);
                }
            }

            return options;
        }
    }
}
