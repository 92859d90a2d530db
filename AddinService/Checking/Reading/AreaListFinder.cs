using NoteAddin.Checking.Model;

namespace NoteAddin.Checking.Reading;

/// <summary>
/// Finds a "reason" that is a list of areas instead of one issue: "Cloud/Daten/gesetzliche Vorgaben",
/// "network, clients and processes", "(Cloud, Compliance, Datenschutz usw.)", its items joined by commas, slashes
/// or the pack's "listJoiners". A list counts when it has three or more short items (one or two words) and its items
/// point at two or more different reasons, or two of them are broad areas ("IT, budget and processes") — "Slack, Zoom
/// and Box" names three competitors, one reason, and "proxy, firewall and DNS" three concrete things: both are fine.
/// </summary>
internal static class AreaListFinder
{
    private const int MaxWordsPerItem = 2;

    private readonly record struct Item(int Start, int End, int Words, int FirstWordEnd);

    public static Span? Find(NoteReading reading)
    {
        var joiners = reading.Pack.ListJoiners.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var sentence in reading.Sentences)
        {
            var items = new List<Item>();
            var text = reading.Text;
            var i = sentence.Start;
            var itemStart = -1;
            var itemEnd = -1;
            var words = 0;
            while (i <= sentence.End)
            {
                var atEnd = i == sentence.End;
                var c = atEnd ? '.' : text[i];
                if (!atEnd && (char.IsLetterOrDigit(c) || c == '-'))
                {
                    var wordStart = i;
                    while (i < sentence.End && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
                    {
                        i++;
                    }

                    var word = text.AsSpan(wordStart, i - wordStart);
                    if (joiners.Contains(word))
                    {
                        Close(items, text, ref itemStart, ref itemEnd, ref words);
                        continue;
                    }

                    itemStart = itemStart < 0 ? wordStart : itemStart;
                    itemEnd = i;
                    words++;
                    continue;
                }

                if (c is ',' or '/' or ';')
                {
                    CloseKeepingLastWord(items, text, ref itemStart, ref itemEnd, ref words);
                }
                else if (!char.IsWhiteSpace(c))
                {
                    // Any other punctuation ends a run of items.
                    Close(items, text, ref itemStart, ref itemEnd, ref words);
                    if (TryList(reading, items) is { } list)
                    {
                        return list;
                    }

                    items.Clear();
                }

                i++;
            }

            if (TryList(reading, items) is { } last)
            {
                return last;
            }
        }

        return null;
    }

    private static int FirstWordEnd(string text, int start, int end)
    {
        var i = start;
        while (i < end && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void Close(List<Item> items, string text, ref int start, ref int end, ref int words)
    {
        if (start >= 0)
        {
            items.Add(new Item(start, end, words, FirstWordEnd(text, start, end)));
        }

        start = -1;
        end = -1;
        words = 0;
    }

    private static void CloseKeepingLastWord(List<Item> items, string text, ref int start, ref int end, ref int words)
    {
        if (start >= 0 && words > MaxWordsPerItem && items.Count == 0)
        {
            // "Probleme in den Bereichen Sicherheit, Compliance und Betrieb": the list starts at the long item's last word.
            var last = end;
            while (last > start && !char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }

            items.Add(new Item(last, end, 1, end));
        }
        else if (start >= 0)
        {
            items.Add(new Item(start, end, words, FirstWordEnd(text, start, end)));
        }

        start = -1;
        end = -1;
        words = 0;
    }

    private static Span? TryList(NoteReading reading, List<Item> items)
    {
        // Longest run of short items; a long item breaks the run (it is prose, not a list entry).
        var runStart = 0;
        for (var k = 0; k <= items.Count; k++)
        {
            if (k < items.Count && items[k].Words <= MaxWordsPerItem)
            {
                continue;
            }

            // "…, Compliance und Betrieb verhindern die Einführung": the last entry runs on into the sentence.
            var end = k;
            if (k < items.Count && k - runStart >= 2)
            {
                items[k] = items[k] with { End = items[k].FirstWordEnd, Words = 1 };
                end = k + 1;
            }

            if (end - runStart >= 3 && (DistinctReasons(reading, items, runStart, end) >= 2 || BroadAreas(reading, items, runStart, end) >= 2))
            {
                return new Span(items[runStart].Start, items[end - 1].End);
            }

            runStart = k + 1;
        }

        return null;
    }

    private static int DistinctReasons(NoteReading reading, List<Item> items, int from, int to)
    {
        var seen = new HashSet<int>();
        var reasonOf = reading.Pack.ReasonIndexByCategory;
        foreach (var match in reading.Matches)
        {
            var reason = reasonOf[match.Category];
            if (reason < 0 || reading.Pack.Reasons[reason].L1 is not (NoteStatus.Blocked or NoteStatus.NoIntent))
            {
                continue;
            }

            for (var k = from; k < to; k++)
            {
                if (match.Start >= items[k].Start && match.End <= items[k].End)
                {
                    seen.Add(reason);
                }
            }
        }

        return seen.Count;
    }

    /// <summary>Items that are broad areas ("IT", "budget", "processes") rather than concrete things ("proxy").</summary>
    private static int BroadAreas(NoteReading reading, List<Item> items, int from, int to)
    {
        var count = 0;
        for (var k = from; k < to; k++)
        {
            foreach (var match in reading.All(reading.Pack.Categories.BroadArea))
            {
                if (match.Start >= items[k].Start && match.End <= items[k].End)
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }
}
