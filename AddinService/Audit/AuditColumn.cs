namespace NoteAddin.Service.Audit;

/// <summary>The input columns the audit reads.</summary>
public enum AuditColumn
{
    Tenant,
    Workload,
    RecordedStatus,
    Note,
    Id,
    Language,
}

/// <summary>Finds each column in the header by the name the user gave or by its usual names.</summary>
public static class AuditColumns
{
    private static readonly Dictionary<AuditColumn, string[]> UsualNames = new()
    {
        [AuditColumn.Tenant] = ["tenant", "tenant name", "tenant id", "customer", "customer name"],
        [AuditColumn.Workload] = ["workload", "service", "product"],
        [AuditColumn.RecordedStatus] = ["status", "recorded status", "l1", "l1 status", "entitlement status"],
        [AuditColumn.Note] = ["note", "status note", "notes", "text", "comment", "comments"],
        [AuditColumn.Id] = ["id", "note id", "record id"],
        [AuditColumn.Language] = ["language", "lang"],
    };

    private static readonly Dictionary<AuditColumn, string> Options = new()
    {
        [AuditColumn.Tenant] = "--tenant-column",
        [AuditColumn.Workload] = "--workload-column",
        [AuditColumn.RecordedStatus] = "--status-column",
        [AuditColumn.Note] = "--note-column",
        [AuditColumn.Id] = "--id-column",
        [AuditColumn.Language] = "--language-column",
    };

    public static bool IsRequired(AuditColumn column) => column is not (AuditColumn.Id or AuditColumn.Language);

    /// <summary>Column index of each column found (-1 for an optional one that is absent).</summary>
    public static Dictionary<AuditColumn, int> Map(string[] header, int line, IReadOnlyDictionary<AuditColumn, string> chosen)
    {
        var keys = header.Select(Key).ToArray();
        var map = new Dictionary<AuditColumn, int>();
        foreach (var column in Enum.GetValues<AuditColumn>())
        {
            var wanted = chosen.TryGetValue(column, out var name) ? [name] : UsualNames[column];
            var index = -1;
            foreach (var candidate in wanted)
            {
                index = Array.IndexOf(keys, Key(candidate));
                if (index >= 0)
                {
                    break;
                }
            }

            if (index < 0 && (IsRequired(column) || chosen.ContainsKey(column)))
            {
                var looked = string.Join(", ", wanted.Select(w => $"\"{w}\""));
                var found = string.Join(", ", header.Select(h => $"\"{h}\""));
                throw new CsvFormatException(line, $"no {Describe(column)} column: looked for {looked}; the header has {found}. Name it with {Options[column]}.");
            }

            map[column] = index;
        }

        return map;
    }

    public static string Describe(AuditColumn column) => column switch
    {
        AuditColumn.RecordedStatus => "recorded status",
        _ => column.ToString().ToLowerInvariant(),
    };

    /// <summary>"Status Note", "status_note" and "STATUS-NOTE" are one name.</summary>
    private static string Key(string name) =>
        new(name.Trim().Where(c => c is not (' ' or '_' or '-' or '\uFEFF')).Select(char.ToLowerInvariant).ToArray());
}
