using NoteAddin.Checking.Matching;
using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Mail;

/// <summary>
/// The mail's text read once: its lines, and per line the mail words and workload names on it. Both automata run
/// over the whole text in one pass each; a phrase that would run across a line break is dropped, since every
/// question the mail reader asks is about one line.
/// </summary>
internal sealed class MailScan
{
    private readonly CueMatch[] _cues;
    private readonly int[] _cueFirst;
    private readonly WorkloadMention[] _mentions;
    private readonly int[] _mentionFirst;

    private MailScan(string text, MailLine[] lines, CueMatch[] cues, int[] cueFirst, WorkloadMention[] mentions, int[] mentionFirst)
    {
        Text = text;
        Lines = lines;
        _cues = cues;
        _cueFirst = cueFirst;
        _mentions = mentions;
        _mentionFirst = mentionFirst;
    }

    public string Text { get; }

    public MailLine[] Lines { get; }

    public static MailScan Create(string text, MailVocabulary vocabulary, WorkloadCatalogue catalogue)
    {
        var lines = MailLine.Split(text);
        var folded = NormalizedText.Create(text);
        bool OnOneLine(int start, int end) => LineOf(lines, start) is var line and >= 0 && end <= lines[line].End;

        var raw = new List<PhraseMatch>();
        vocabulary.Automaton.Scan(folded, raw);
        var cues = raw.Where(m => OnOneLine(m.Start, m.End)).Select(m => new CueMatch((MailCue)m.Category, m.Start, m.End)).ToArray();
        Array.Sort(cues, (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var mentions = catalogue.Mentions(folded, OnOneLine).ToArray();
        return new MailScan(text, lines, cues, FirstPerLine(lines, cues, c => c.Start), mentions, FirstPerLine(lines, mentions, m => m.Start));
    }

    /// <summary>The mail words on line <paramref name="line"/>, by start.</summary>
    public ReadOnlySpan<CueMatch> Cues(int line) => _cues.AsSpan(_cueFirst[line], _cueFirst[line + 1] - _cueFirst[line]);

    /// <summary>The workload names (and look-alikes) on line <paramref name="line"/>, in text order.</summary>
    public ReadOnlySpan<WorkloadMention> Mentions(int line) => _mentions.AsSpan(_mentionFirst[line], _mentionFirst[line + 1] - _mentionFirst[line]);

    /// <summary>The workload names on the line that start inside [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public ReadOnlySpan<WorkloadMention> Mentions(int line, int from, int to)
    {
        var all = Mentions(line);
        var first = LowerBound(all, from, static m => m.Start);
        var last = LowerBound(all, to, static m => m.Start);
        return all[first..last];
    }

    /// <summary>The mail words on the line that start inside [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public ReadOnlySpan<CueMatch> Cues(int line, int from, int to)
    {
        var all = Cues(line);
        var first = LowerBound(all, from, static c => c.Start);
        var last = LowerBound(all, to, static c => c.Start);
        return all[first..last];
    }

    /// <summary>The longest mail word starting exactly at <paramref name="position"/> (of any list, or of <paramref name="only"/>).</summary>
    public CueMatch? CueAt(int line, int position, MailCue? only = null)
    {
        CueMatch? best = null;
        foreach (var cue in Cues(line, position, position + 1))
        {
            if ((only is null || cue.Cue == only) && (best is null || cue.End > best.Value.End))
            {
                best = cue;
            }
        }

        return best;
    }

    public bool Has(int line, MailCue cue, int from, int to)
    {
        foreach (var match in Cues(line, from, to))
        {
            if (match.Cue == cue && match.End <= to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line holding <paramref name="position"/> (a line's trimmed span), or -1 when it falls on white space between lines.</summary>
    public int LineOf(int position) => LineOf(Lines, position);

    private static int LineOf(MailLine[] lines, int position)
    {
        var low = 0;
        var high = lines.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (lines[mid].Start <= position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return high >= 0 && position < lines[high].End ? high : -1;
    }

    private static int[] FirstPerLine<T>(MailLine[] lines, T[] items, Func<T, int> start)
    {
        var first = new int[lines.Length + 1];
        var k = 0;
        for (var line = 0; line < lines.Length; line++)
        {
            first[line] = k;
            while (k < items.Length && start(items[k]) < lines[line].End)
            {
                k++;
            }
        }

        first[lines.Length] = items.Length;
        return first;
    }

    private static int LowerBound<T>(ReadOnlySpan<T> items, int value, Func<T, int> key)
    {
        var low = 0;
        var high = items.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (key(items[mid]) < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
