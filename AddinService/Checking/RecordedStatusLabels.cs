using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Reading;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking;

/// <summary>
/// The labels people give a status, in every pack's language: the portal's names first ("Status Unknown", "Blockiert",
/// "Dupliziert/Ungültig"), then the short forms writers type ("NI", "WIP", "Kein Bedarf") — pack section
/// "recordedStatuses" — and our own ids ("NoIntent"). Labels compare by <see cref="Key"/>: their letters a–z in lower
/// case, so "No Intent", "no_intent" and "NOINTENT" are one. Read for the status a CSV export recorded (the
/// command-line audit reads with this table, and the audit page gets it from GET /api/config ("recordedStatuses") and
/// looks a value up by the same one-line rule — nobody keeps a list of their own) and for the label a note opens with
/// (<see cref="Opening"/>).
/// </summary>
public sealed class RecordedStatusLabels
{
    /// <summary>An opening this long or longer is no label (<see cref="Opening"/>); the longest label, "Dupliziert oder
    /// ungültig", has room to spare.</summary>
    public const int MaxOpeningLength = 30;

    private readonly FrozenDictionary<NoteStatus, string> _portalNames;

    private readonly FrozenDictionary<string, NoteStatus>.AlternateLookup<ReadOnlySpan<char>> _byKeySpan;

    private RecordedStatusLabels(FrozenDictionary<string, NoteStatus> byKey, FrozenDictionary<NoteStatus, string> portalNames)
    {
        ByKey = byKey;
        _portalNames = portalNames;
        _byKeySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every label's key and the status it stands for.</summary>
    public FrozenDictionary<string, NoteStatus> ByKey { get; }

    /// <summary>A label's letters a–z (ASCII), lower case; everything else dropped. Kept this plain on purpose: the
    /// audit page computes the same key in one line of TypeScript, with no folding table to drift.</summary>
    public static string Key(string label)
    {
        var key = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (char.IsAsciiLetter(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>The keys a label is known by: as written ("Ungültig" → "ungltig"), with umlauts spelled out as the
    /// engine folds them ("ungueltig"), and with accents dropped ("ungultig") — the three ways exports spell it.</summary>
    public static IEnumerable<string> KeysOf(string label) =>
        new[] { Key(label), Key(NormalizedText.FoldPhrase(label)), Key(WithoutAccents(label)) }.Where(k => k.Length > 0).Distinct();

    /// <summary>The status a recorded value stands for; null when it is empty or not a status.</summary>
    public NoteStatus? Parse(string? recorded) =>
        ByKey.TryGetValue(Key(recorded ?? string.Empty), out var status) ? status : null;

    /// <summary>
    /// The status label a note opens with — "NI – Kunde setzt auf Zoom.", "Blockiert: …", "WIP, …", "Keine Absicht (…)":
    /// the writer's own word for the status, whatever the words after it say. The opening runs to the first dash,
    /// colon, semicolon, comma, full stop, bracket or arrow, or to the end of the note; a hyphen ends it only as " - " or
    /// "->" ("in-house" is a word, and "Dup/Inv" one label), and at <paramref name="reasonAt"/>, where the reader found
    /// the note's first reason marker: "NI due to missing licences", "Keine Absicht wegen DSGVO" label their status as
    /// plainly as "NI –" does, with no punctuation after the label. Null when the opening is no label, or
    /// <see cref="MaxOpeningLength"/> characters or longer. Allocates nothing: it runs on every note the service checks.
    /// </summary>
    /// <param name="text">The note as written.</param>
    /// <param name="reasonAt">Where the first reason marker ("because", "due to", "wegen") starts in
    /// <paramref name="text"/>; -1 when there is none.</param>
    public NoteStatus? Opening(ReadOnlySpan<char> text, int reasonAt = -1)
    {
        var trimmed = text.TrimStart();
        reasonAt -= text.Length - trimmed.Length;
        text = trimmed;
        Span<char> key = stackalloc char[MaxOpeningLength];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i == reasonAt || EndsOpening(text, i))
            {
                return Lookup(key[..length]);
            }

            if (c is ')' or '-' || i == MaxOpeningLength - 1)
            {
                return null;
            }

            if (char.IsAsciiLetter(c))
            {
                key[length++] = char.ToLowerInvariant(c);
            }
        }

        return Lookup(key[..length]);
    }

    private static bool EndsOpening(ReadOnlySpan<char> text, int i) => text[i] switch
    {
        '–' or '—' or ':' or ';' or ',' or '.' or '(' or '→' => true,
        '-' => i + 1 < text.Length && text[i + 1] == '>' || i > 0 && char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])),
        _ => false,
    };

    private NoteStatus? Lookup(ReadOnlySpan<char> key) => key.Length > 0 && _byKeySpan.TryGetValue(key, out var status) ? status : null;

    /// <summary>The portal's L1 field value for a status (the first label the fallback pack lists); empty for
    /// Undetermined.</summary>
    public string PortalName(NoteStatus status) => _portalNames.GetValueOrDefault(status, string.Empty);

    /// <exception cref="ArgumentException">Two packs read one label as different statuses.</exception>
    public static RecordedStatusLabels From(IReadOnlyDictionary<string, CompiledPack> packs)
    {
        var byKey = new Dictionary<string, NoteStatus>(StringComparer.Ordinal);
        foreach (var status in Enum.GetValues<NoteStatus>().Where(s => s != NoteStatus.Undetermined))
        {
            byKey[Key(status.ToString())] = status;
        }

        foreach (var (language, pack) in packs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var (status, label) in pack.RecordedStatuses)
            {
                foreach (var key in KeysOf(label))
                {
                    if (byKey.TryGetValue(key, out var other) && other != status)
                    {
                        throw new ArgumentException($"the recorded status \"{label}\" of the \"{language}\" pack reads as {other} in another pack", nameof(packs));
                    }

                    byKey[key] = status;
                }
            }
        }

        var portalNames = new Dictionary<NoteStatus, string>();
        if (packs.TryGetValue(LanguageDetector.Fallback, out var fallback))
        {
            foreach (var (status, label) in fallback.RecordedStatuses)
            {
                portalNames.TryAdd(status, label);
            }
        }

        return new RecordedStatusLabels(byKey.ToFrozenDictionary(StringComparer.Ordinal), portalNames.ToFrozenDictionary());
    }

    private static string WithoutAccents(string label)
    {
        var decomposed = label.Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }
}
