using System.IO.Compression;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NoteAddin.Checking.Learning;

/// <summary>
/// The model file: gzip of a magic line, a JSON header (features, decision settings, provenance, labels) and the
/// biases and non-zero weight rows (one value per column, <see cref="ReaderModel.Columns"/>) as little-endian floats.
/// Only rows the trainer left non-zero are stored, so the file stays small while the scorer expands it into one dense
/// table at start-up.
/// </summary>
public static class ReaderModelFile
{
    private const string Magic = "NoteAddin reader model v4";

    // Guard: absent from files written before the grade guard (twenty-fifth session), which read as without one.
    private sealed record Header(FeatureOptions Features, DecisionSettings Decision, ModelProvenance Provenance, IReadOnlyList<ModelHead> Heads, int Rows, GradeGuard? Guard = null);

    public static void Write(ReaderModel model, string path)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        var rows = model.Rows.OrderBy(r => r.Key).ToList();
        writer.Write(JsonConvert.SerializeObject(new Header(model.Features, model.Decision, model.Provenance, model.Heads, rows.Count, model.Guard), Formatting.Indented));
        foreach (var bias in model.Biases)
        {
            writer.Write(bias);
        }

        foreach (var (bucket, row) in rows)
        {
            writer.Write(bucket);
            foreach (var weight in row)
            {
                writer.Write(weight);
            }
        }
    }

    /// <exception cref="InvalidDataException">The file is not a reader model this version understands.</exception>
    public static ReaderModel Read(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new BinaryReader(gzip, Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} is not a NoteAddin reader model ({Magic})");
            }

            var json = JObject.Parse(reader.ReadString());
            if (json[nameof(Header.Decision)] is JObject decision)
            {
                foreach (var setting in DecisionSettings.AddedLater.Where(s => decision[s] is null))
                {
                    // Written before the setting existed (an older model, the weights cache's folds): tuned without
                    // it, so it never fires — not Newtonsoft's 0 for a missing constructor parameter, which would.
                    decision[setting] = DecisionSettings.Never;
                }
            }

            var header = json.ToObject<Header>(JsonSerializer.Create(new JsonSerializerSettings { MissingMemberHandling = MissingMemberHandling.Error }))
                ?? throw new InvalidDataException($"{Path.GetFileName(path)} has no header");
            if (header.Decision.Problem() is { } problem)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} has unusable decision settings ({problem}); retrain it (README, \"Measuring accuracy\")");
            }

            if (header.Guard?.Problem(GuardFeatures.Width(header.Heads.Count - 1)) is { } guardProblem)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} has an unusable grade guard ({guardProblem}); retrain it (README, \"Measuring accuracy\")");
            }

            var columns = header.Heads.Sum(ReaderModel.ColumnsOf);
            var biases = new float[columns];
            for (var k = 0; k < columns; k++)
            {
                biases[k] = reader.ReadSingle();
            }

            var rows = new Dictionary<int, float[]>(header.Rows);
            for (var r = 0; r < header.Rows; r++)
            {
                var bucket = reader.ReadInt32();
                if (bucket < 0 || bucket >= header.Features.Dimension)
                {
                    throw new InvalidDataException($"{Path.GetFileName(path)}: weight row {r} names bucket {bucket}, outside 0–{header.Features.Dimension - 1}");
                }

                var row = new float[columns];
                for (var k = 0; k < columns; k++)
                {
                    row[k] = reader.ReadSingle();
                }

                rows[bucket] = row;
            }

            return new ReaderModel(header.Features, header.Decision, header.Provenance, header.Heads, biases, rows, header.Guard);
        }
        catch (Exception e) when (e is EndOfStreamException or JsonException or ArgumentException or InvalidOperationException)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is damaged: {e.Message}", e);
        }
    }
}
