using System.Runtime.Intrinsics;

namespace NoteAddin.Checking.Learning;

/// <summary>
/// Hashes feature strings to buckets without building the strings: the trainer and the service's scorer call the
/// same code, so a note's features are the same bits in both and the scorer needs no dictionary of n-grams.
/// FNV-1a over UTF-16 units, a distinct seed per kind of feature so "ab" as a word and as characters differ.
/// </summary>
public static class FeatureHasher
{
    private const uint Prime = 16777619;

    public const uint WordSeed = 2166136261;
    public const uint BigramSeed = 0x9E3779B9;
    public const uint CharSeed = 0x85EBCA6B;
    public const uint CueSeed = 0xC2B2AE35;

    public static uint Hash(ReadOnlySpan<char> text, uint seed)
    {
        var hash = seed;
        foreach (var c in text)
        {
            hash = Step(hash, c);
        }

        return Finish(hash);
    }

    /// <summary>One character into a running hash (character n-grams grow one character at a time).</summary>
    public static uint Step(uint hash, char c) => (hash ^ c) * Prime;

    /// <summary>A pair of hashes as one feature (word bigrams).</summary>
    public static uint Combine(uint first, uint second) => Finish((first * 31 + second) ^ BigramSeed);

    // Murmur3's finaliser: FNV's low bits are weak, and the bucket is taken from the low bits.
    private const uint FinishFirst = 0x85EBCA6B;
    private const uint FinishSecond = 0xC2B2AE35;

    public static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= FinishFirst;
        h ^= h >> 13;
        h *= FinishSecond;
        h ^= h >> 16;
        return h;
    }

    /// <summary><see cref="Finish(uint)"/> on four hashes at once (lane by lane the same bits).</summary>
    public static Vector128<uint> Finish(Vector128<uint> h)
    {
        h ^= Vector128.ShiftRightLogical(h, 16);
        h *= FinishFirst;
        h ^= Vector128.ShiftRightLogical(h, 13);
        h *= FinishSecond;
        h ^= Vector128.ShiftRightLogical(h, 16);
        return h;
    }
}
