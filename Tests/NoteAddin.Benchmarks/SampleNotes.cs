using System.Text.Json;
using NoteAddin.Checking;
using NoteAddin.Checking.Packs;

namespace NoteAddin.Benchmarks;

/// <summary>The notes every benchmark checks, and the engine built from the shipped rule packs.</summary>
public static class SampleNotes
{
    /// <summary>Short, typical (two sentences, the guidance's shape) and long notes in both languages.</summary>
    public static IReadOnlyDictionary<string, string> ByName { get; } = new Dictionary<string, string>
    {
        ["de-short"] = "Status: in Bearbeitung",
        ["de-typical"] = "Kunde ist blockiert, weil die Proxy-Konfiguration die Teams-Medienverbindungen noch nicht zulässt. "
            + "Die IT stellt den Proxy bis Ende Mai um, danach startet der Pilot mit 200 Nutzern.",
        ["de-long"] = "Wir haben den Kunden seit Anfang März insgesamt sechs Mal versucht zu erreichen: drei Mails an die "
            + "IT-Leitung, zwei Anrufe in der Zentrale und eine Nachricht über den Partner. Die Zentrale hat zugesagt, die "
            + "Nachricht weiterzuleiten, es kam aber keine Reaktion. Auch der Account Manager hat über seinen Kontakt im "
            + "Einkauf nachgefragt, ohne Ergebnis. Es handelt sich um ein nicht verwaltetes Konto, weitere Ansprechpartner "
            + "sind uns nicht bekannt, z. B. fehlt ein Sponsor auf Geschäftsseite. Nächster Versuch ca. am 03.04. über den "
            + "Partner, danach schließen wir die Anfrage.",
        ["en-short"] = "Customer is blocked.",
        ["en-typical"] = "Customer will not deploy Teams because the on-premises proxy blocks media traffic. "
            + "Network team is replacing the proxy by end of June, then a pilot with 150 users starts.",
        ["en-long"] = "We tried to reach the customer five times since the start of March: three emails to the IT lead, "
            + "one call to the service desk and one message through the partner. The service desk promised to forward the "
            + "message, but nothing came back. The account manager also asked his contact in procurement, without result. "
            + "This is an unmanaged account and we know no other contacts, e.g. there is no business sponsor. Next attempt "
            + "approx. on 04/03 through the partner, after that we close the request.",
    };

    public static NoteChecker CreateChecker() =>
        NoteEngineFactory.Create();

    /// <summary>
    /// <paramref name="count"/> notes from the development set, spread over tenants and workloads the way a CSV
    /// export looks: every tenant has several workloads, and some tenants reuse one note across workloads, so the
    /// copy-paste search has groups to find.
    /// </summary>
    public static List<BatchNote> Batch(int count)
    {
        var texts = new List<string>();
        foreach (var file in new[] { "de.jsonl", "en.jsonl" })
        {
            foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "DevSet", file)))
            {
                if (line.Length > 0)
                {
                    using var json = JsonDocument.Parse(line);
                    texts.Add(json.RootElement.GetProperty("text").GetString() ?? string.Empty);
                }
            }
        }

        string[] workloads = ["Exchange Online", "SharePoint Online", "Teams", "OneDrive", "Intune", "Microsoft 365 Apps"];
        var notes = new List<BatchNote>(count);
        for (var i = 0; i < count; i++)
        {
            // Every tenth tenant pastes its first note into each workload.
            var tenant = i / workloads.Length;
            var text = tenant % 10 == 0 ? texts[tenant % texts.Count] : texts[i % texts.Count];
            notes.Add(new BatchNote($"n{i}", text, workloads[i % workloads.Length], $"tenant-{tenant}"));
        }

        return notes;
    }
}
