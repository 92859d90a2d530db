using NoteAddin.Checking;
using NoteAddin.Checking.Reading;
using NoteAddin.Checking.Text;
using NoteAddin.Training;

namespace NoteAddin.Evaluation;

/// <summary>Every word the typo mender changed in a set of notes, most frequent first — to review the packs'
/// "never correct" lists against real notes.</summary>
public static class TypoReport
{
    public static void Print(NoteChecker checker, IEnumerable<LabelledNote> notes, TextWriter output)
    {
        var counts = new Dictionary<(string Typed, string Read), int>();
        foreach (var note in notes)
        {
            var folded = NormalizedText.Create(note.Text);
            var pack = checker.Packs[LanguageDetector.Detect(note.Text, folded, checker.Packs)];
            foreach (var (start, end, word) in pack.Typos.Fixes(folded) ?? new())
            {
                var key = ($"{pack.Language}:{new string(folded.Span[start..end])}", word);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var ((typed, read), count) in counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Typed, StringComparer.Ordinal))
        {
            output.WriteLine($"{count,4}  {typed} -> {read}");
        }
    }
}
