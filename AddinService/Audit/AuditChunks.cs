using NoteAddin.Checking;

namespace NoteAddin.Service.Audit;

/// <summary>
/// Splits the notes into BatchChecker calls. The copy-paste search (the same note for several workloads of one
/// tenant) only sees the notes of one call, so chunking in file order would miss a pair that straddles a chunk
/// border. Instead notes are ordered by <see cref="CopyPasteKey"/> — the key the batch groups by — and a chunk only
/// ends between two different keys: every copy-paste group lands whole in one chunk. A group larger than a chunk
/// (one text pasted more than a thousand times) becomes a chunk of its own rather than being cut.
/// </summary>
public static class AuditChunks
{
    public static List<List<int>> Plan(IReadOnlyList<AuditNote> notes, int chunkSize)
    {
        var keys = notes.Select(n => CopyPasteKey.Of(n.Tenant, n.Text)).ToArray();

        var order = Enumerable.Range(0, notes.Count)
            .OrderBy(i => keys[i].Tenant, StringComparer.Ordinal)
            .ThenBy(i => keys[i].Text, StringComparer.Ordinal)
            .ThenBy(i => i)
            .ToList();

        var chunks = new List<List<int>>();
        var current = new List<int>(Math.Min(chunkSize, notes.Count));
        var start = 0;
        while (start < order.Count)
        {
            var end = start + 1;
            while (end < order.Count && keys[order[end]] == keys[order[start]])
            {
                end++;
            }

            var groupSize = end - start;
            if (current.Count > 0 && current.Count + groupSize > chunkSize)
            {
                chunks.Add(current);
                current = new List<int>(chunkSize);
            }

            current.AddRange(order.GetRange(start, groupSize));
            start = end;
        }

        if (current.Count > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }
}
