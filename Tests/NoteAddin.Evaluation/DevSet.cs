using Newtonsoft.Json;

namespace NoteAddin.Evaluation;

/// <summary>One labelled note of the development set (Tests/DevSet/*.jsonl).</summary>
public sealed record DevExample(
    string Id,
    string Kind,
    string Lang,
    string Text,
    string Status,
    string Grade,
    string? L2,
    string? L3,
    IReadOnlyList<string> Rules,
    string? Workload);

public static class DevSet
{
    public static IReadOnlyList<DevExample> Load(string directory)
    {
        var examples = new List<DevExample>();
        foreach (var file in Directory.GetFiles(directory, "*.jsonl").OrderBy(f => f, StringComparer.Ordinal))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var example = JsonConvert.DeserializeObject<DevExample>(line)
                    ?? throw new InvalidDataException($"{Path.GetFileName(file)}:{lineNumber}: empty example");
                examples.Add(example with { Rules = example.Rules ?? Array.Empty<string>() });
            }
        }

        return examples;
    }
}
