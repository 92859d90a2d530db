using NoteAddin.Checking.Text;

namespace NoteAddin.Checking;

/// <summary>
/// How two notes count as the same text for <c>copy-paste-across-workloads</c>: the same tenant (trimmed) and the
/// same text as the engine folds it — case, "ä"/"ae", curly quotes and runs of white space do not matter, nor does a
/// final full stop. Defined here only: the batch check groups by it, the command-line audit chunks by it, and the
/// audit page asks the service for it (POST /api/notes/copy-keys) instead of folding on its own.
/// </summary>
public readonly record struct CopyPasteKey(string Tenant, string Text)
{
    public static CopyPasteKey Of(string? tenant, string text) => new((tenant ?? string.Empty).Trim(), TextOf(text));

    /// <summary>The text part alone.</summary>
    public static string TextOf(string text) => NormalizedText.FoldPhrase(text).Trim().TrimEnd('.');
}
