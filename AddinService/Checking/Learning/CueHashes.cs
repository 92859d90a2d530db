using System.Runtime.CompilerServices;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;

namespace NoteAddin.Checking.Learning;

/// <summary>
/// The hashes of the cue features' names (a phrase category, a stated or hinted status, an L2, a flag), worked out
/// once per pack: <see cref="NoteFeaturizer"/> adds a dozen or more cue features to every note, and hashing the same
/// names again for each cost about a microsecond of a two-sentence note's check (profiled under load).
/// </summary>
internal sealed class CueHashes
{
    // Seeds per kind of cue feature, so a category and an L2 of the same name stay apart.
    private const uint Category = FeatureHasher.CueSeed;
    private const uint StatedCue = FeatureHasher.CueSeed + 1;
    private const uint HintedCue = FeatureHasher.CueSeed + 2;
    private const uint RuleStatus = FeatureHasher.CueSeed + 3;
    private const uint RuleStated = FeatureHasher.CueSeed + 4;
    private const uint ReasonWordsSeed = FeatureHasher.CueSeed + 5;
    private const uint BestReasonSeed = FeatureHasher.CueSeed + 6;
    private const uint Flag = FeatureHasher.CueSeed + 7;
    private const uint Length = FeatureHasher.CueSeed + 8;
    private const uint LanguageSeed = FeatureHasher.CueSeed + 9;

    // Bare notes ("Kein Bedarf.", "n/a") behave unlike full ones whatever their words say: the note's word count in
    // bands, each holding the counts above the previous band's UpTo up to and including its own.
    private static readonly (int UpTo, string Name)[] LengthBands =
        [(0, "0"), (1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (8, "6-8"), (15, "9-15"), (30, "16-30"), (int.MaxValue, "31+")];

    private static readonly ConditionalWeakTable<CompiledPack, CueHashes> ByPack = new();

    private readonly uint[] _lengthBands;

    private CueHashes(CompiledPack pack)
    {
        var slots = Enum.GetNames<CueSlot>();
        var statuses = Enum.GetNames<NoteStatus>();
        Categories = Hashes(pack.CategoryNames, Category);
        StatedSlots = Hashes(slots, StatedCue);
        HintedSlots = Hashes(slots, HintedCue);
        StatedVerdicts = Hashes(statuses, RuleStated);
        Verdicts = Hashes(statuses, RuleStatus);
        ReasonWords = Hashes(pack.Reasons.Select(r => r.L2), ReasonWordsSeed);
        BestReasons = Hashes(pack.Reasons.Select(r => r.L2), BestReasonSeed);
        ReasonClause = FeatureHasher.Hash("reason-clause", Flag);
        ConditionClause = FeatureHasher.Hash("condition-clause", Flag);
        AttemptCount = FeatureHasher.Hash("attempt-count", Flag);
        MeetingsOrFigures = FeatureHasher.Hash("meetings-or-figures", Flag);
        OverTwoSentences = FeatureHasher.Hash("over-two-sentences", Flag);
        Language = FeatureHasher.Hash(pack.Language, LanguageSeed);
        _lengthBands = Hashes(LengthBands.Select(b => b.Name), Length);
    }

    public static CueHashes For(CompiledPack pack) => ByPack.GetValue(pack, static p => new CueHashes(p));

    /// <summary>By phrase category.</summary>
    public uint[] Categories { get; }

    /// <summary>By <see cref="CueSlot"/>: the cues state that status outright.</summary>
    public uint[] StatedSlots { get; }

    /// <summary>By <see cref="CueSlot"/>: the cues hint at that status.</summary>
    public uint[] HintedSlots { get; }

    /// <summary>By <see cref="NoteStatus"/>: the rules' verdict, stated outright.</summary>
    public uint[] StatedVerdicts { get; }

    /// <summary>By <see cref="NoteStatus"/>: the rules' verdict, read from hints and reasons.</summary>
    public uint[] Verdicts { get; }

    /// <summary>By reason (the pack's L2 order): the note has that reason's words.</summary>
    public uint[] ReasonWords { get; }

    /// <summary>By reason: the packs' best reason.</summary>
    public uint[] BestReasons { get; }

    public uint ReasonClause { get; }

    public uint ConditionClause { get; }

    public uint AttemptCount { get; }

    public uint MeetingsOrFigures { get; }

    public uint OverTwoSentences { get; }

    /// <summary>The pack's language.</summary>
    public uint Language { get; }

    /// <summary>The length band of a note of this many words.</summary>
    public uint LengthBand(int words)
    {
        var band = 0;
        while (words > LengthBands[band].UpTo)
        {
            band++;
        }

        return _lengthBands[band];
    }

    private static uint[] Hashes(IEnumerable<string> names, uint seed) => names.Select(n => FeatureHasher.Hash(n, seed)).ToArray();
}
