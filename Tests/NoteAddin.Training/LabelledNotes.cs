using Newtonsoft.Json;

namespace NoteAddin.Training;

/// <summary>One labelled note (JSON Lines in Tests/Corpus, Tests/DevSet, Tests/HoldOut); the fields corpus-check knows.</summary>
public sealed record LabelledNote(
    string Id,
    string Lang,
    string Text,
    string Status,
    string Grade,
    string? L2,
    string? L3,
    IReadOnlyList<string> Rules,
    string? Workload,
    string? Kind = null,
    string? Style = null,
    string? Writer = null)
{
    /// <summary>The writer, or for the older sets the file the note came from (one writer each).</summary>
    public string Source { get; init; } = "";
}

public static class LabelledNotes
{
    /// <summary>Every note of every *.jsonl file in the directory, files in name order.</summary>
    public static IReadOnlyList<LabelledNote> Load(string directory) =>
        LoadFiles(Directory.GetFiles(directory, "*.jsonl").OrderBy(f => f, StringComparer.Ordinal));

    public static IReadOnlyList<LabelledNote> LoadFiles(IEnumerable<string> files)
    {
        var notes = new List<LabelledNote>();
        foreach (var file in files)
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var note = JsonConvert.DeserializeObject<LabelledNote>(line)
                    ?? throw new InvalidDataException($"{Path.GetFileName(file)}:{lineNumber}: empty line object");
                notes.Add(note with { Rules = note.Rules ?? Array.Empty<string>(), Source = note.Writer ?? Path.GetFileNameWithoutExtension(file) });
            }
        }

        return notes;
    }
}
