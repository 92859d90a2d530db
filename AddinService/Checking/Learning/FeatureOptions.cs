namespace NoteAddin.Checking.Learning;

/// <summary>
/// How a note becomes a feature vector; stored in the model file so the scorer reads notes exactly as the trainer did.
/// Text n-grams land in 2^<see cref="TextBits"/> buckets, the rule packs' cue features in their own 2^<see cref="CueBits"/>
/// buckets after them (a cue never shares a weight with an n-gram).
/// </summary>
public sealed record FeatureOptions(int TextBits, int CueBits, int CharMin, int CharMax, bool WordBigrams, bool Cues)
{
    public static readonly FeatureOptions Default = new(TextBits: 16, CueBits: 12, CharMin: 2, CharMax: 5, WordBigrams: true, Cues: true);

    public int TextBuckets => 1 << TextBits;

    public int CueBuckets => 1 << CueBits;

    public int Dimension => TextBuckets + CueBuckets;

    public int TextBucket(uint hash) => (int)(hash & (uint)(TextBuckets - 1));

    public int CueBucket(uint hash) => TextBuckets + (int)(hash & (uint)(CueBuckets - 1));
}
