namespace NoteAddin.Checking.Learning;

/// <summary>
/// Receives a note's features one at a time: the scorer adds a weight row per feature (no list is built), the
/// trainer collects them into a sparse vector. A struct implementing this keeps the scorer free of allocations.
/// </summary>
public interface IFeatureSink
{
    /// <summary>A feature of the note's wording (n-grams); the group is scaled by its length at the end.</summary>
    void AddText(uint hash);

    /// <summary>A feature of what the rule packs read (cue hits, stated statuses, reason candidates), value as given.</summary>
    void AddCue(uint hash, float value);
}
