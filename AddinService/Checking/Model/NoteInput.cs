namespace NoteAddin.Checking.Model;

/// <summary>A note to check. <paramref name="Language"/> null means detect; <paramref name="Workload"/> null means unknown.</summary>
public sealed record NoteInput(string Text, string? Language = null, string? Workload = null);
