using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Matching;

/// <summary>
/// Every phrase of a rule pack in one Aho–Corasick automaton, compiled to a dense transition table when the pack
/// loads. A note is scanned once, one table lookup per character, however many phrases the pack holds — linear
/// time by construction, so no input can make matching slow (the regex alternative needs one scan per pattern
/// and care against backtracking).
/// </summary>
public sealed class PhraseAutomaton
{
    private readonly byte[] _classOf;   // ASCII char → alphabet class; everything else is class 0
    private readonly int _classes;
    private readonly int[] _next;       // state * _classes + class → state
    private readonly int _start;
    // States are numbered so that those where a phrase ends come last: most characters end no phrase, and a note's
    // scan then reads one table entry per character and compares it, instead of also fetching the state's output list
    // from another array (two scattered loads per character over a table of megabytes).
    private readonly int _firstWithOutputs;
    private readonly int[][] _outputs;  // state − _firstWithOutputs → entry ids ending here (own and inherited through failure links)
    private readonly Entry[] _entries;

    private readonly record struct Entry(int Length, bool WordStart, bool WordEnd, int Category, double Weight);

    private PhraseAutomaton(byte[] classOf, int classes, int[] next, int start, int firstWithOutputs, int[][] outputs, Entry[] entries)
    {
        _classOf = classOf;
        _classes = classes;
        _next = next;
        _start = start;
        _firstWithOutputs = firstWithOutputs;
        _outputs = outputs;
        _entries = entries;
    }

    public static PhraseAutomaton Build(IReadOnlyList<(PhrasePattern Pattern, int Category)> phrases)
    {
        var classOf = new byte[128];
        byte classes = 1;
        foreach (var (pattern, _) in phrases)
        {
            foreach (var c in pattern.Folded)
            {
                if (classOf[c] == 0)
                {
                    classOf[c] = classes++;
                }
            }
        }

        // Trie first, with sparse children; then a breadth-first pass turns it into a complete transition table.
        var children = new List<Dictionary<int, int>> { new() };
        var own = new List<List<int>> { new() };
        var entries = new Entry[phrases.Count];
        for (var id = 0; id < phrases.Count; id++)
        {
            var (pattern, category) = phrases[id];
            entries[id] = new Entry(pattern.Folded.Length, pattern.WordStart, pattern.WordEnd, category, pattern.Weight);
            var state = 0;
            foreach (var c in pattern.Folded)
            {
                var cls = classOf[c];
                if (!children[state].TryGetValue(cls, out var child))
                {
                    child = children.Count;
                    children.Add(new Dictionary<int, int>());
                    own.Add(new List<int>());
                    children[state][cls] = child;
                }

                state = child;
            }

            own[state].Add(id);
        }

        var stateCount = children.Count;
        var next = new int[stateCount * classes];
        var fail = new int[stateCount];
        var outputs = new int[stateCount][];
        outputs[0] = own[0].ToArray();
        var queue = new Queue<int>();
        for (var cls = 0; cls < classes; cls++)
        {
            if (children[0].TryGetValue(cls, out var child))
            {
                next[cls] = child;
                fail[child] = 0;
                queue.Enqueue(child);
            }
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            outputs[state] = own[state].Concat(outputs[fail[state]]).ToArray();
            for (var cls = 0; cls < classes; cls++)
            {
                if (children[state].TryGetValue(cls, out var child))
                {
                    next[state * classes + cls] = child;
                    fail[child] = next[fail[state] * classes + cls];
                    queue.Enqueue(child);
                }
                else
                {
                    next[state * classes + cls] = next[fail[state] * classes + cls];
                }
            }
        }

        return Renumbered(classOf, classes, next, outputs, entries);
    }

    // The same automaton with the states where no phrase ends first (in their breadth-first order), then the others.
    private static PhraseAutomaton Renumbered(byte[] classOf, int classes, int[] next, int[][] outputs, Entry[] entries)
    {
        var stateCount = outputs.Length;
        var order = Enumerable.Range(0, stateCount).OrderBy(s => outputs[s].Length > 0).ToArray(); // stable: BFS order kept
        var firstWithOutputs = order.Count(s => outputs[s].Length == 0);
        var renamed = new int[stateCount];
        for (var i = 0; i < stateCount; i++)
        {
            renamed[order[i]] = i;
        }

        var table = new int[next.Length];
        for (var state = 0; state < stateCount; state++)
        {
            for (var cls = 0; cls < classes; cls++)
            {
                table[renamed[state] * classes + cls] = renamed[next[state * classes + cls]];
            }
        }

        var kept = order[firstWithOutputs..].Select(s => outputs[s]).ToArray();
        return new PhraseAutomaton(classOf, classes, table, renamed[0], firstWithOutputs, kept, entries);
    }

    /// <summary>Appends every match (overlapping ones included) in order of their end position.</summary>
    public void Scan(NormalizedText text, List<PhraseMatch> matches)
    {
        var chars = text.Chars;
        var state = _start;
        for (var i = 0; i < text.Length; i++)
        {
            var c = chars[i];
            var cls = c < 128 ? _classOf[c] : 0;
            state = _next[state * _classes + cls];
            if (state < _firstWithOutputs)
            {
                continue;
            }

            var outs = _outputs[state - _firstWithOutputs];
            for (var k = 0; k < outs.Length; k++)
            {
                var entry = _entries[outs[k]];
                var start = i + 1 - entry.Length;
                var end = i + 1;
                if (entry.WordStart && text.IsWordChar(start - 1) && text.IsWordChar(start))
                {
                    continue;
                }

                if (entry.WordEnd && text.IsWordChar(end) && text.IsWordChar(end - 1))
                {
                    continue;
                }

                matches.Add(new PhraseMatch(entry.Category, entry.Weight, text.OriginalStart(start), text.OriginalEnd(end), start, end));
            }
        }
    }
}
