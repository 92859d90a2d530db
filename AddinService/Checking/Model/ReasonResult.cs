namespace NoteAddin.Checking.Model;

/// <summary>The portal's L2 (and L3 where the note supports one) read from the note, with a 0–1 confidence.</summary>
public sealed record ReasonResult(string L2, string? L3, double Confidence);
