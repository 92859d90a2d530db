using System.Collections.Frozen;
using NoteAddin.Checking.Learning;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Matching;

/// <summary>
/// Mends a hurried writer's typos in the words that carry a note's meaning ("custmer", "reagirt", "migartion",
/// "Kudne"): a note word of at least <c>minLength</c> letters that is not a known word and lies one edit (insertion,
/// deletion, substitution or swap of neighbours) from exactly one of the pack's typo-prone words is read as that
/// word. Known words — every word of the pack's phrases, its detection words, and its "never correct" list — are
/// never touched, nor is a word that differs only by a last letter (an inflection: "Kunden", "champions").
/// The typo-prone words are a short hand-picked list, not every cue word: against the whole vocabulary, one edit
/// turned real words into other real ones ("wants" → "waits", "jetzt" → "setzt", "three" → "there"; measured with
/// the evaluation's "typos" command on the corpus).
/// Lookup is by deletion variants (each cue word is indexed under itself and its one-letter deletions), so a note
/// costs one small hash lookup per letter of each unknown long word: linear, no edit-distance search over the pack.
/// </summary>
public sealed class TypoCorrector
{
    private readonly int _minLength;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _known;
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _byDeletion;
    private readonly int _longest;

    // One bit per hash of every key of _byDeletion: most unknown words are no typo, and most of their variants hash to
    // a clear bit, so they are turned away by one bit test instead of a dictionary probe each (a long unknown word
    // asks for one variant per letter). A set bit only says "maybe": the dictionary still decides.
    private const int KeyBits = 16;
    private readonly ulong[] _mayBeKey = new ulong[(1 << KeyBits) / 64];

    public TypoCorrector(IEnumerable<string> typoProneWords, IEnumerable<string> knownWords, int minLength)
    {
        _minLength = minLength;
        var cues = typoProneWords.Where(w => w.Length >= minLength && w.All(char.IsAsciiLetterLower)).ToHashSet(StringComparer.Ordinal);
        _known = knownWords.Concat(cues).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var index = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var word in cues)
        {
            Index(index, word, word);
            for (var i = 0; i < word.Length; i++)
            {
                Index(index, word.Remove(i, 1), word);
            }
        }

        _byDeletion = index.ToFrozenDictionary(e => e.Key, e => e.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in index.Keys)
        {
            var bit = KeyHash(key, default) & ((1u << KeyBits) - 1);
            _mayBeKey[bit >> 6] |= 1UL << (int)(bit & 63);
        }
        _longest = cues.Count == 0 ? 0 : cues.Max(w => w.Length) + 1;
    }

    /// <summary>The text with its typos mended, or the same instance when there is nothing to mend.</summary>
    public NormalizedText Correct(NormalizedText text) => Fixes(text) is { } fixes ? text.WithWordsReplaced(fixes) : text;

    /// <summary>Each mended word's folded span and the cue word it is read as; null when there is none.</summary>
    public List<(int Start, int End, string Word)>? Fixes(NormalizedText text)
    {
        List<(int Start, int End, string Word)>? fixes = null;
        var chars = text.Span;
        Span<char> buffer = stackalloc char[Math.Max(1, _longest)];
        var i = 0;
        while (i < chars.Length)
        {
            while (i < chars.Length && !char.IsAsciiLetterLower(chars[i]))
            {
                i++;
            }

            var start = i;
            while (i < chars.Length && char.IsLetterOrDigit(chars[i]))
            {
                i++;
            }

            var word = chars[start..i];
            if (word.Length < _minLength || word.Length > _longest || !IsLetters(word) || _known.Contains(word))
            {
                continue;
            }

            if (Candidate(word, buffer) is { } fix)
            {
                (fixes ??= new()).Add((start, i, fix));
            }
        }

        return fixes;
    }

    private string? Candidate(ReadOnlySpan<char> word, Span<char> buffer)
    {
        string? found = null;
        if (MayBeKey(word, default) && !Consider(word, word, ref found))
        {
            return null;
        }

        for (var skip = 0; skip < word.Length; skip++)
        {
            if (!MayBeKey(word[..skip], word[(skip + 1)..]))
            {
                continue;
            }

            word[..skip].CopyTo(buffer);
            word[(skip + 1)..].CopyTo(buffer[skip..]);
            if (!Consider(word, buffer[..(word.Length - 1)], ref found))
            {
                return null;
            }
        }

        return found;
    }

    /// <summary>Whether the key <paramref name="head"/> + <paramref name="tail"/> may be in the deletion index.</summary>
    private bool MayBeKey(ReadOnlySpan<char> head, ReadOnlySpan<char> tail)
    {
        var bit = KeyHash(head, tail) & ((1u << KeyBits) - 1);
        return (_mayBeKey[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    // The learned reader's FNV step over the two parts as one string, folded so that the low bits (the bit's index)
    // depend on every character.
    private static uint KeyHash(ReadOnlySpan<char> head, ReadOnlySpan<char> tail)
    {
        var hash = FeatureHasher.WordSeed;
        foreach (var c in head)
        {
            hash = FeatureHasher.Step(hash, c);
        }

        foreach (var c in tail)
        {
            hash = FeatureHasher.Step(hash, c);
        }

        return hash ^ (hash >> 15);
    }

    // False when the word is ambiguous (two cue words one edit away): then it is left as written.
    private bool Consider(ReadOnlySpan<char> word, ReadOnlySpan<char> key, ref string? found)
    {
        if (!_byDeletion.TryGetValue(key, out var candidates))
        {
            return true;
        }

        foreach (var candidate in candidates)
        {
            if (candidate == found || !WithinOneEdit(word, candidate) || DiffersOnlyAtTheEnd(word, candidate))
            {
                continue;
            }

            if (found is not null)
            {
                return false;
            }

            found = candidate;
        }

        return true;
    }

    /// <summary>Optimal-string-alignment distance ≤ 1: one insertion, deletion, substitution or swap of neighbours.</summary>
    public static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (a.Length == b.Length)
        {
            if (prefix == a.Length)
            {
                return true;
            }

            var restA = a[(prefix + 1)..];
            var restB = b[(prefix + 1)..];
            return restA.SequenceEqual(restB)
                || (prefix + 1 < a.Length && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix] && a[(prefix + 2)..].SequenceEqual(b[(prefix + 2)..]));
        }

        return a.Length > b.Length ? a[(prefix + 1)..].SequenceEqual(b[prefix..]) : b[(prefix + 1)..].SequenceEqual(a[prefix..]);
    }

    private static bool DiffersOnlyAtTheEnd(ReadOnlySpan<char> word, string candidate) =>
        word.Length != candidate.Length && (word.StartsWith(candidate) || candidate.AsSpan().StartsWith(word));

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void Index(Dictionary<string, HashSet<string>> index, string key, string word)
    {
        if (!index.TryGetValue(key, out var set))
        {
            index[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(word);
    }
}
