namespace NoteAddin.Checking.Model;

/// <summary>A rewrite from a rule-pack template: filled slots carry text from the draft, the rest stay placeholders.</summary>
public sealed record Suggestion(string TemplateId, string Text, IReadOnlyList<SlotValue> Slots);

/// <summary>One <c>[slot]</c> of a template; <see cref="Value"/> is null when the draft could not fill it.</summary>
public sealed record SlotValue(string Name, string? Value, bool Filled);
