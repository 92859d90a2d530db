using System.Text;

namespace NoteAddin.Tests.Pane.Audit;

/// <summary>One row of a generated audit CSV, with what the generator meant by it.</summary>
public sealed record AuditRow(int Line, string Tenant, string Workload, string Recorded, string RecordedStatus, string Note);

/// <summary>
/// Generates a realistic export of status notes: German and English, one note per tenant and workload, recorded
/// statuses that mostly match the note and sometimes do not, notes copied across the workloads of one tenant (placed
/// far apart in the file), and fields that need quoting (commas, quotes, line breaks). Deterministic for a seed.
/// </summary>
public static class AuditCsv
{
    public static readonly string[] Workloads =
    [
        "Exchange Online", "SharePoint Online", "OneDrive", "Teams", "Microsoft 365 Apps", "Intune", "Viva Engage", "Defender for Office 365",
    ];

    /// <summary>Notes with the status they state (the status an honest export would record).</summary>
    public static readonly (string Status, string Note)[] Pool =
    [
        ("Blocked", "Customer is blocked because the proxy breaks Teams media traffic until the new proxy is live."),
        ("Blocked", "Customer cannot deploy because the firewall, which the network team owns, blocks the required endpoints."),
        ("Blocked", "Deployment not possible due to missing licences for the frontline workers, \"F3\" is not budgeted."),
        ("Blocked", "Customer is blocked by the proxy.\nA new proxy goes live in March."),
        ("Blocked", "Customer cannot deploy due to various issues."),
        ("Blocked", "Kunde ist blockiert, weil der Proxy den Medienverkehr stört, bis der neue Proxy live ist."),
        ("Blocked", "Kunde wird aufgrund spezifischer Infrastruktur vor Ort nicht bereitstellen."),
        ("Blocked", "Bereitstellung nicht möglich, da der Betriebsrat der Datenverarbeitung nicht zugestimmt hat."),
        ("Blocked", "Kunde kann zurzeit nicht bereitstellen."),
        ("NoIntent", "Customer has no intent to use the service because they standardised on Google Workspace after a board decision."),
        ("NoIntent", "Customer is not interested."),
        ("NoIntent", "Customer says \"not now\" and has no intent to use it, since the works council rejected cloud storage."),
        ("NoIntent", "Keine Absicht vorhanden, da der Kunde nach der Übernahme zu einem anderen Anbieter wechselt."),
        ("NoIntent", "Kunde hat kein Interesse."),
        ("NoIntent", "Kein Bedarf, der Kunde bleibt bei seiner lokalen Lösung, weil sie abgeschrieben ist."),
        ("InProgress", "Service setup is running. Customer is in the pilot phase with 200 users in finance."),
        ("InProgress", "Onboarding is running, focus is on migrating the executive mailboxes."),
        ("InProgress", "In progress."),
        ("InProgress", "Einrichtung läuft. Kunde ist in der Pilotphase mit der Finanzabteilung."),
        ("InProgress", "Onboarding läuft, Schwerpunkt ist die Migration der Postfächer, Teams folgt danach."),
        ("Unknown", "Customer does not respond to 3 contact attempts. Unmanaged account."),
        ("Unknown", "Customer does not respond."),
        ("Unknown", "Kunde reagiert nicht auf 4 Kontaktversuche. Verwaltetes Konto."),
        ("Unknown", "Kunde reagiert nicht."),
        ("DuplicateInvalid", "Entitlement is a duplicate because the licences are counted twice under the parent tenant."),
        ("DuplicateInvalid", "Lizenzen sind doppelt gezählt, der Eintrag ist ungültig."),
        ("InProgress", "We had a kickoff meeting on Monday, next call in two weeks."),
        ("Blocked", "Usage 0%."),
        ("NoIntent", "Customer will probably not use it, maybe next year."),
    ];

    /// <summary>How exports write recorded statuses: ids, the portal's English labels, German labels.</summary>
    private static readonly Dictionary<string, string[]> Spellings = new()
    {
        ["Blocked"] = ["Blocked", "blocked", "Blockiert"],
        ["NoIntent"] = ["NoIntent", "No intent", "Keine Absicht"],
        ["InProgress"] = ["InProgress", "In progress", "In Bearbeitung"],
        ["Unknown"] = ["Unknown", "Status Unknown", "Unbekannt"],
        ["DuplicateInvalid"] = ["DuplicateInvalid", "Duplicate/Invalid", "Dupliziert/Ungültig"],
    };

    /// <summary>A note for the copy-paste clusters: clearly Blocked, so the service flags the copies.</summary>
    public const string CopiedNote = "Customer is blocked because the legal team has not approved storing data in the EU region, approval expected in Q3.";

    public const string FormulaTenant = "=HYPERLINK(\"http://example.invalid\")";

    public static List<AuditRow> Generate(int count, int seed = 5)
    {
        var random = new Random(seed);
        var rows = new List<AuditRow>(count);
        var statuses = Spellings.Keys.ToArray();
        var tenant = 0;
        while (rows.Count < count)
        {
            tenant++;
            var name = tenant == 7 ? FormulaTenant : $"T{tenant:D5} {(tenant % 2 == 0 ? "Contoso" : "Fabrikam, Ltd.")}";
            var workloads = Workloads.OrderBy(_ => random.Next()).Take(random.Next(2, 8)).ToArray();
            // One tenant in fifteen copied one note to several workloads.
            var copies = tenant % 15 == 3 ? Math.Min(workloads.Length, 3) : 0;
            var notes = Pool.OrderBy(_ => random.Next()).ToArray();
            for (var w = 0; w < workloads.Length && rows.Count < count; w++)
            {
                var (status, note) = w < copies ? ("Blocked", CopiedNote) : notes[w];
                var recordedStatus = random.Next(10) == 0 ? statuses[random.Next(statuses.Length)] : status;
                var spelling = Spellings[recordedStatus][random.Next(3)];
                rows.Add(new AuditRow(0, name, workloads[w], spelling, recordedStatus, note));
            }
        }

        // Shuffle, so a tenant's rows (and its copies) lie far apart in the file.
        var shuffled = rows.OrderBy(_ => random.Next()).ToList();
        return shuffled;
    }

    /// <summary>The CSV text (with a byte-order mark) and the rows with the line each starts on.</summary>
    public static (byte[] Bytes, List<AuditRow> Rows) Write(IEnumerable<AuditRow> rows, char separator = ',')
    {
        var text = new StringBuilder();
        text.Append("Tenant").Append(separator).Append("Workload").Append(separator).Append("Recorded status").Append(separator).Append("Note").Append("\r\n");
        var line = 2;
        var placed = new List<AuditRow>();
        foreach (var row in rows)
        {
            placed.Add(row with { Line = line });
            text.Append(Cell(row.Tenant, separator)).Append(separator).Append(Cell(row.Workload, separator)).Append(separator)
                .Append(Cell(row.Recorded, separator)).Append(separator).Append(Cell(row.Note, separator)).Append("\r\n");
            line += 1 + row.Note.Count(c => c == '\n') + row.Tenant.Count(c => c == '\n');
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return (bytes, placed);
    }

    public static string Cell(string value, char separator) =>
        value.Contains('"') || value.Contains(separator) || value.Contains('\n') || value.Contains('\r')
            ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : value;

    /// <summary>An RFC 4180 reader for the page's export (quoted fields, "" for a quote, line breaks inside quotes).</summary>
    public static List<string[]> Read(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                records.Add(fields.ToArray());
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(fields.ToArray());
        }

        return records;
    }
}
