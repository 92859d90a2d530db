using System.Security.Cryptography;
using System.Text;

namespace NoteAddin.Training;

/// <summary>
/// The notes the model learns from: the corpus writers' files, the development set, and the seed's own 33 labelled
/// examples (Tests/Corpus/seed: the customer's floor, with the L2 and rule ids we read from GUIDANCE added; they are
/// kept apart from the writers' files because corpus-check rightly flags seed sentences there). Never the held-out set
/// or the blind test set (Tests/Corpus/test). The hash covers every file's path and text (line endings normalised),
/// so a model records exactly what it was trained on and a test can prove the committed one is current.
/// </summary>
public static class TrainingCorpus
{
    public static IReadOnlyList<string> Files() =>
        Directory.GetFiles(RepositoryPaths.Combine("Tests", "Corpus", "train"), "*.jsonl")
            .Concat(Directory.GetFiles(RepositoryPaths.Combine("Tests", "DevSet"), "*.jsonl"))
            .Concat(Directory.GetFiles(RepositoryPaths.Combine("Tests", "Corpus", "seed"), "*.jsonl"))
            .OrderBy(Relative, StringComparer.Ordinal)
            .ToList();

    public static string Relative(string path) => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/');

    public static string Hash(IEnumerable<string> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(Relative, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Relative(file) + "\n"));
            sha.AppendData(Encoding.UTF8.GetBytes(File.ReadAllText(file, Encoding.UTF8).Replace("\r\n", "\n")));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
