using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;

namespace NoteAddin.Training;

/// <summary>Labelled notes turned into ML.NET rows: features from the real reader, the joint status/L2 label.</summary>
public sealed class TrainingSet
{
    private TrainingSet(IReadOnlyList<LabelledNote> notes, IReadOnlyList<TrainingRow> rows)
    {
        Notes = notes;
        Rows = rows;
    }

    public IReadOnlyList<LabelledNote> Notes { get; }

    public IReadOnlyList<TrainingRow> Rows { get; }

    /// <summary>Each note's labelled rule ids (what the judged-rule heads learn from).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rules => Notes.Select(n => n.Rules).ToList();

    public static TrainingSet Build(IReadOnlyList<LabelledNote> notes, IReadOnlyDictionary<string, CompiledPack> packs, FeatureOptions options)
    {
        var capture = new FeatureCapture(packs, options);
        var statusOfL2 = packs.Values.SelectMany(p => p.Reasons).GroupBy(r => r.L2).ToDictionary(g => g.Key, g => g.First().L1);
        var rows = notes.Select(n => new TrainingRow { Features = capture.Features(n), Label = Label(n, statusOfL2) }).ToList();
        return new TrainingSet(notes, rows);
    }

    /// <summary>"Blocked|Legal/Regulatory", or just the status when the note gives no reason (or one the taxonomy
    /// files under another status — a labelling slip the model should not learn as a reason).</summary>
    public static string Label(LabelledNote note, IReadOnlyDictionary<string, NoteStatus> statusOfL2)
    {
        var status = Enum.Parse<NoteStatus>(note.Status);
        return note.L2 is { } l2 && statusOfL2.TryGetValue(l2, out var owner) && owner == status
            ? $"{note.Status}{ReaderModel.LabelSeparator}{l2}"
            : note.Status;
    }

    /// <summary>A hash of every note's features and label, in order — what the weights are a function of, besides the
    /// trainer's settings and the judged rules' labels. A change to the featuriser's code or to a pack's cue words shows
    /// here; a pack edit that moves no feature (a message, a template) does not.</summary>
    public string FeatureHash()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var row in Rows)
        {
            var indices = row.Features.GetIndices();
            sha.AppendData(BitConverter.GetBytes(indices.Length));
            sha.AppendData(MemoryMarshal.AsBytes(indices));
            sha.AppendData(MemoryMarshal.AsBytes(row.Features.GetValues()));
            sha.AppendData(Encoding.UTF8.GetBytes(row.Label));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }

    public TrainingSet Where(Func<LabelledNote, bool> keep)
    {
        var indexes = Enumerable.Range(0, Notes.Count).Where(i => keep(Notes[i])).ToList();
        return new TrainingSet(indexes.Select(i => Notes[i]).ToList(), indexes.Select(i => Rows[i]).ToList());
    }
}
