using System.Security.Cryptography;
using NoteAddin.Checking.Learning;

namespace NoteAddin.Training;

/// <summary>fingerprint: hashes of the corpus's feature vectors and of one trained head — run twice to see which
/// half of training (our featuriser or ML.NET) is not reproducible.</summary>
public static class Fingerprint
{
    public static int Run(TextWriter output)
    {
        var set = TrainingSet.Build(LabelledNotes.LoadFiles(TrainingCorpus.Files()), Trainer.Packs(), FeatureOptions.Default);
        output.WriteLine($"features {set.FeatureHash()}");
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var model = ModelTrainer.Train(set.Rows, FeatureOptions.Default, CrossValidation.Defaults, new ModelProvenance("", 0, [], ""), TrainerSettings.Default).Model;
        foreach (var (bucket, row) in model.Rows.OrderBy(r => r.Key))
        {
            sha.AppendData(BitConverter.GetBytes(bucket));
            foreach (var w in row)
            {
                sha.AppendData(BitConverter.GetBytes(w));
            }
        }

        output.WriteLine($"weights {Convert.ToHexString(sha.GetHashAndReset())[..16]} ({model.Rows.Count} rows)");
        return 0;
    }
}
