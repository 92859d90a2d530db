using NoteAddin.Checking.Packs;

namespace NoteAddin.Checking.Model;

/// <summary>A rewrite from a rule-pack template: filled slots carry text from the draft, the rest stay placeholders.</summary>
public sealed record Suggestion(string TemplateId, string Text, IReadOnlyList<SlotValue> Slots);

/// <summary>One <c>[slot]</c> of a template; <see cref="Value"/> is null when the draft could not fill it.
/// <see cref="Kind"/> says what belongs in it whatever the pack calls it ("number", "Anzahl": AttemptCount), so a
/// client finds a slot by its kind, never by its display name.</summary>
public sealed record SlotValue(string Name, string? Value, bool Filled, SlotFiller Kind);
