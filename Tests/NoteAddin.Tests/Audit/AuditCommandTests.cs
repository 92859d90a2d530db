using System.Text;
using NoteAddin.Checking;
using NoteAddin.Checking.Rules;
using NoteAddin.Service.Audit;
using NoteAddin.Tests.Engine;

namespace NoteAddin.Tests.Audit;

/// <summary>The command-line audit end to end: a CSV file in, a results file and a summary out, or a clear error.</summary>
public class AuditCommandTests
{
    private const string Blocked = "Customer will not deploy Teams because the on-premises proxy blocks media traffic.";
    private const string German = "Kunde ist blockiert, weil die Firewall-Konfiguration die Postfachmigration noch nicht zulässt.";
    private const string Vague = "Customer has issues.";

    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("noteaddin-audit-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private sealed record Run(int Exit, string Out, string Err, List<CsvRecord> Results);

    private Run Audit(string csv, params string[] options) => Audit(Encoding.UTF8.GetBytes(csv), options);

    private Run Audit(byte[] csv, params string[] options)
    {
        var input = Path.Combine(_dir, "notes.csv");
        var output = Path.Combine(_dir, "results.csv");
        File.WriteAllBytes(input, csv);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = AuditCommand.Run(new[] { input, "--out", output }.Concat(options).ToArray(), stdout, stderr);
        var results = new List<CsvRecord>();
        if (File.Exists(output))
        {
            // The results use the input's delimiter.
            var delimiter = StrictCsvReader.DetectDelimiter(File.ReadLines(output).First());
            using var stream = File.OpenRead(output);
            results = new StrictCsvReader(stream, delimiter).ReadRecords().ToList();
        }

        return new Run(exit, stdout.ToString(), stderr.ToString(), results);
    }

    private static string Column(Run run, int row, string name) =>
        run.Results[row].Fields[Array.IndexOf(ResultsCsvWriter.Header, name)];

    [Test]
    public void A_good_file_gets_one_result_per_note_in_input_order_and_a_summary()
    {
        var run = Audit($"tenant,workload,status,note\ncontoso,Teams,Blocked,{Blocked}\nfabrikam,Exchange Online,In Progress,\"{German}\"\nnorthwind,Teams,No Intent,{Vague}\n");

        Assert.That(run.Exit, Is.EqualTo(AuditCommand.Ok), run.Err);
        Assert.That(run.Results[0].Fields, Is.EqualTo(ResultsCsvWriter.Header));
        Assert.That(run.Results, Has.Count.EqualTo(4));
        Assert.That(Enumerable.Range(1, 3).Select(r => Column(run, r, "line")), Is.EqualTo(new[] { "2", "3", "4" }));
        Assert.That(Column(run, 2, "tenant"), Is.EqualTo("fabrikam"));

        // Each row says what the engine says of that note on its own.
        var expected = EngineFixture.Checker.Check(new(German, null, "Exchange Online"));
        Assert.That(Column(run, 2, "detected_status"), Is.EqualTo(expected.Status.ToString()));
        Assert.That(Column(run, 2, "grade"), Is.EqualTo(expected.Grade.ToString()));
        Assert.That(Column(run, 2, "score"), Is.EqualTo(expected.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(Column(run, 2, "l2"), Is.EqualTo(expected.Reason?.L2 ?? string.Empty));
        Assert.That(Column(run, 2, "rule_ids"), Is.EqualTo(string.Join(' ', expected.Findings.Select(f => f.RuleId).Distinct())));
        Assert.That(Column(run, 2, "note"), Is.EqualTo(German));

        Assert.That(run.Out, Does.Contain("Notes checked: 3").And.Contain("Grades:").And.Contain("Most frequent findings").And.Contain("disagrees"));
        Assert.That(run.Err, Does.Contain("checked 3 of 3 notes (100 %)"));
    }

    [Test]
    public void A_recorded_status_the_note_contradicts_is_marked_and_counted()
    {
        var detected = EngineFixture.Checker.Check(new(German)).Status;
        var other = detected == Checking.Model.NoteStatus.InProgress ? "Blocked" : "In Progress";
        var same = EngineFixture.Checker.RecordedStatuses.PortalName(detected);
        var run = Audit($"tenant,workload,status,note\nt1,Teams,{other},\"{German}\"\nt2,Teams,{same},\"{German}\"\nt3,Teams,On hold,\"{German}\"\n");

        Assert.That(run.Exit, Is.EqualTo(AuditCommand.Ok), run.Err);
        Assert.That(Enumerable.Range(1, 3).Select(r => Column(run, r, "disagrees")), Is.EqualTo(new[] { "yes", "no", "recorded-unreadable" }));
        Assert.That(run.Out, Does.Contain("Recorded status disagrees with the note: 1 ").And.Contain("line 2:").And.Contain("\"On hold\" ×1"));
    }

    [Test]
    public void Portal_labels_in_english_and_german_are_read_as_recorded_statuses()
    {
        string[] labels = ["Status Unknown", "In Progress", "No Intent", "Duplicate/Invalid", "blockiert", "unbekannt", "In Bearbeitung", "Keine Absicht", "Dupliziert/Ungültig", "Dupliziert/Ungueltig", "NO_INTENT"];
        var csv = new StringBuilder("tenant,workload,status,note\n");
        foreach (var (label, i) in labels.Select((l, i) => (l, i)))
        {
            csv.Append($"t{i},Teams,{label},{Blocked}\n");
        }

        var run = Audit(csv.ToString());

        Assert.That(run.Exit, Is.EqualTo(AuditCommand.Ok), run.Err);
        Assert.That(Enumerable.Range(1, labels.Length).Select(r => Column(run, r, "disagrees")), Has.None.EqualTo("recorded-unreadable"));
        Assert.That(run.Out, Does.Contain("Recorded status empty or not a portal status: 0"));
    }

    // The command line reads with the packs the service reads with: RulePacks:ExtraDirectory from its options, the
    // environment, or appsettings.json in the content root. The overlay here teaches the English pack a label.
    private string OverlayTeachingOnHold()
    {
        var overlay = Directory.CreateDirectory(Path.Combine(_dir, "overlay")).FullName;
        File.WriteAllText(Path.Combine(overlay, "team.json"), """{"language": "en", "recordedStatuses": {"Blocked": ["On hold"]}}""");
        return overlay;
    }

    private Run AuditOnHold(params string[] options) => Audit($"tenant,workload,status,note\nt1,Teams,On hold,{Blocked}\n", options);

    [Test]
    public void The_extra_rule_pack_directory_applies_from_the_command_line()
    {
        Assert.That(Column(AuditOnHold(), 1, "disagrees"), Is.EqualTo("recorded-unreadable"), "without the overlay");

        var run = AuditOnHold("--extra-rule-packs", OverlayTeachingOnHold());

        Assert.That(run.Exit, Is.EqualTo(AuditCommand.Ok), run.Err);
        Assert.That(Column(run, 1, "disagrees"), Is.Not.EqualTo("recorded-unreadable"));
    }

    [Test]
    public void The_extra_rule_pack_directory_applies_from_the_environment_and_from_appsettings()
    {
        var overlay = OverlayTeachingOnHold();
        using (new EnvironmentVariable("RulePacks__ExtraDirectory", overlay))
        {
            Assert.That(Column(AuditOnHold(), 1, "disagrees"), Is.Not.EqualTo("recorded-unreadable"), "RulePacks__ExtraDirectory");
        }

        var contentRoot = Directory.CreateDirectory(Path.Combine(_dir, "content")).FullName;
        File.WriteAllText(Path.Combine(contentRoot, "appsettings.json"), """{"RulePacks": {"ExtraDirectory": "../overlay"}}""");
        using (new EnvironmentVariable("ASPNETCORE_CONTENTROOT", contentRoot))
        {
            Assert.That(Column(AuditOnHold(), 1, "disagrees"), Is.Not.EqualTo("recorded-unreadable"), "appsettings.json, relative to the content root");
        }
    }

    [Test]
    public void A_broken_rule_pack_stops_the_audit_with_exit_3_and_names_the_file()
    {
        var overlay = Directory.CreateDirectory(Path.Combine(_dir, "broken")).FullName;
        File.WriteAllText(Path.Combine(overlay, "team.json"), """{"language": "en", "recordedStatuses": {"Blocked": ["No Intent"]}}""");

        var run = AuditOnHold("--extra-rule-packs", overlay);
        var missing = AuditOnHold("--extra-rule-packs", Path.Combine(_dir, "nowhere"));

        Assert.That(run.Exit, Is.EqualTo(AuditCommand.EngineUnavailable));
        Assert.That(run.Err, Does.Contain("team.json").And.Contain("No Intent"));
        Assert.That(run.Results, Is.Empty);
        Assert.That(missing.Exit, Is.EqualTo(AuditCommand.EngineUnavailable));
        Assert.That(missing.Err, Does.Contain("does not exist"));
    }

    /// <summary>Sets an environment variable for a using block (the tests of this project run one at a time).</summary>
    private sealed class EnvironmentVariable : IDisposable
    {
        private readonly string _name;
        private readonly string? _before;

        public EnvironmentVariable(string name, string value)
        {
            _name = name;
            _before = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }

        public void Dispose() => Environment.SetEnvironmentVariable(_name, _before);
    }

    [Test]
    public void Quoted_commas_quotes_and_line_breaks_reach_the_engine_intact()
    {
        var note = "Customer is blocked, because the \"legacy\" proxy\nblocks Teams media traffic.";
        var run = Audit($"id,tenant,workload,status,note\nA-1,contoso,Teams,Blocked,\"{note.Replace("\"", "\"\"")}\"\nA-2,contoso,Intune,Blocked,{Blocked}\n");

        Assert.That(run.Exit, Is.EqualTo(AuditCommand.Ok), run.Err);
        Assert.That(Column(run, 1, "note"), Is.EqualTo(note));
        Assert.That(Column(run, 1, "id"), Is.EqualTo("A-1"));
        Assert.That(Column(run, 2, "line"), Is.EqualTo("4"), "the second record starts on line 4, after a two-line note");
        Assert.That(Column(run, 1, "grade"), Is.EqualTo(EngineFixture.Checker.Check(new(note, null, "Teams")).Grade.ToString()));
    }

    [Test]
    public void A_missing_column_fails_naming_it_and_what_the_header_has()
    {
        var run = Audit($"tenant,workload,status\ncontoso,Teams,Blocked\n");

        Assert.That(run.Exit, Is.EqualTo(AuditCommand.UnreadableInput));
        Assert.That(run.Err, Does.Contain("line 1").And.Contain("no note column").And.Contain("\"workload\"").And.Contain("--note-column"));
        Assert.That(run.Results, Is.Empty, "no results file is written for unreadable input");
    }

    [Test]
    public void Wrong_quoting_fails_with_the_line_and_writes_nothing()
    {
        var run = Audit($"tenant,workload,status,note\ncontoso,Teams,Blocked,{Blocked}\ncontoso,Intune,Blocked,\"unclosed note\n");

        Assert.That(run.Exit, Is.EqualTo(AuditCommand.UnreadableInput));
        Assert.That(run.Err, Does.Contain("line 3:").And.Contain("never closed").And.Contain("nothing was checked"));
        Assert.That(run.Results, Is.Empty);
    }

    [Test]
    public void Non_utf8_bytes_fail_with_the_line()
    {
        var bytes = Encoding.UTF8.GetBytes($"tenant,workload,status,note\ncontoso,Teams,Blocked,{Blocked}\ncontoso,Teams,Blocked,Kunde pr")
            .Append((byte)0xFC).Concat(Encoding.UTF8.GetBytes("ft noch\n")).ToArray();
        var run = Audit(bytes);

        Assert.That(run.Exit, Is.EqualTo(AuditCommand.UnreadableInput));
        Assert.That(run.Err, Does.Contain("line 3:").And.Contain("not UTF-8"));
    }

    [Test]
    public void A_windows_1252_export_is_read_with_encoding_windows_1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = "tenant;workload;status;note\ncontoso;Teams;Blocked;Kunde ist blockiert, weil die Übernahme durch „Fabrikam“ erst 2027 abgeschlossen ist – Budget 5 000 €.\n";
        var bytes = Encoding.GetEncoding(1252).GetBytes(text);

        var plain = Audit(bytes);
        var read = Audit(bytes, "--encoding", "windows-1252");

        Assert.Multiple(() =>
        {
            Assert.That(plain.Exit, Is.EqualTo(AuditCommand.UnreadableInput), "without the option the bytes are not UTF-8");
            Assert.That(plain.Err, Does.Contain("--encoding windows-1252"), "the error says what to do");
            Assert.That(read.Exit, Is.EqualTo(0), read.Err);
            Assert.That(Column(read, 1, "note"), Does.Contain("Übernahme durch „Fabrikam“").And.Contain("5 000 €"));
        });
    }

    [Test]
    public void A_byte_windows_1252_leaves_undefined_is_refused_with_its_offset()
    {
        var bytes = Encoding.ASCII.GetBytes($"tenant,workload,status,note\ncontoso,Teams,Blocked,{Blocked} ").Append((byte)0x81).Append((byte)'\n').ToArray();
        var run = Audit(bytes, "--encoding", "windows-1252");

        Assert.That(run.Exit, Is.EqualTo(AuditCommand.UnreadableInput));
        Assert.That(run.Err, Does.Contain("not Windows-1252").And.Contain("0x81"));
    }

    [Test]
    public void An_unknown_encoding_is_a_wrong_command_line() =>
        Assert.That(Audit("tenant,workload,status,note\n", "--encoding", "ebcdic").Exit, Is.EqualTo(AuditCommand.BadCommandLine));

    [Test]
    public void An_empty_file_or_a_header_alone_fails()
    {
        var empty = Audit(string.Empty);
        Assert.That(empty.Exit, Is.EqualTo(AuditCommand.UnreadableInput));
        Assert.That(empty.Err, Does.Contain("line 1:").And.Contain("empty"));

        var header = Audit("tenant,workload,status,note\n");
        Assert.That(header.Exit, Is.EqualTo(AuditCommand.UnreadableInput));
        Assert.That(header.Err, Does.Contain("line 2:").And.Contain("no notes"));
    }

    [Test]
    public void Headers_match_by_usual_names_case_and_separators_and_the_delimiter_is_guessed()
    {
        var run = Audit($"TENANT_NAME;Service;L1 Status;Status-Note;Lang\ncontoso;Teams;Blocked;{Blocked};en\n");

        Assert.That(run.Exit, Is.EqualTo(AuditCommand.Ok), run.Err);
        Assert.That(Column(run, 1, "tenant"), Is.EqualTo("contoso"));
        Assert.That(Column(run, 1, "recorded_status"), Is.EqualTo("Blocked"));
        Assert.That(Column(run, 1, "note"), Is.EqualTo(Blocked));
        Assert.That(File.ReadLines(Path.Combine(_dir, "results.csv")).First(), Does.Contain("line;id;tenant"), "results keep the input's delimiter");
    }

    [Test]
    public void Header_names_can_be_chosen_on_the_command_line()
    {
        var run = Audit($"Kunde,Dienst,Stand,Bemerkung\ncontoso,Teams,Blocked,\"{German}\"\n",
            "--tenant-column", "kunde", "--workload-column", "DIENST", "--status-column", "Stand", "--note-column", "Bemerkung");

        Assert.That(run.Exit, Is.EqualTo(AuditCommand.Ok), run.Err);
        Assert.That(Column(run, 1, "workload"), Is.EqualTo("Teams"));
        Assert.That(Column(run, 1, "note"), Is.EqualTo(German));

        var wrong = Audit($"Kunde,Dienst,Stand,Bemerkung\ncontoso,Teams,Blocked,x\n",
            "--tenant-column", "kunde", "--workload-column", "DIENST", "--status-column", "Stand", "--note-column", "Notiz");
        Assert.That(wrong.Exit, Is.EqualTo(AuditCommand.UnreadableInput));
        Assert.That(wrong.Err, Does.Contain("\"Notiz\""));
    }

    [Test]
    public void An_unsupported_language_value_fails_with_its_line()
    {
        var run = Audit($"tenant,workload,status,note,language\ncontoso,Teams,Blocked,{Blocked},en\ncontoso,Teams,Blocked,{Blocked},fr\n");
        Assert.That(run.Exit, Is.EqualTo(AuditCommand.UnreadableInput));
        Assert.That(run.Err, Does.Contain("line 3:").And.Contain("\"fr\""));
    }

    [Test]
    public void Copy_paste_across_workloads_is_found_across_chunk_borders()
    {
        // One tenant pastes the same note into three workloads, far apart in the file, with other tenants' notes
        // between them; chunks of two notes would split them if the file were cut in its own order.
        var csv = new StringBuilder("tenant,workload,status,note\n");
        csv.Append($"contoso,Teams,Blocked,{Blocked}\n");
        for (var i = 0; i < 7; i++)
        {
            csv.Append($"tenant-{i},Teams,Blocked,\"{German}\"\n");
        }

        csv.Append($"contoso,Exchange Online,Blocked,{Blocked}\n");
        csv.Append($"fabrikam,SharePoint Online,Blocked,{Vague}\n");
        csv.Append($"contoso,Intune,Blocked,{Blocked}\n");

        var run = Audit(csv.ToString(), "--chunk-size", "2");

        Assert.That(run.Exit, Is.EqualTo(AuditCommand.Ok), run.Err);
        var contoso = Enumerable.Range(1, run.Results.Count - 1).Where(r => Column(run, r, "tenant") == "contoso").ToList();
        Assert.That(contoso.Select(r => Column(run, r, "copy_paste_group")).Distinct().ToList(), Is.EqualTo(new[] { "1" }));
        Assert.That(contoso.Select(r => Column(run, r, "rule_ids")), Has.All.Contain(CopyPasteAcrossWorkloadsRule.RuleId));
        Assert.That(run.Out, Does.Contain("Copy-paste across workloads: 1 group(s), 3 notes"));
    }

    [Test]
    public void Chunked_results_equal_one_batch_over_the_whole_file()
    {
        var notes = new List<AuditNote>();
        string[] texts = [Blocked, German, Vague, "Kunde reagiert nicht auf 3 Mails.", ""];
        string[] workloads = ["Teams", "Exchange Online", "Intune"];
        for (var i = 0; i < 60; i++)
        {
            notes.Add(new AuditNote(i + 2, $"n{i}", $"tenant-{i % 7}", workloads[i % 3], "Blocked", texts[i % texts.Length], null));
        }

        var batch = EngineFixture.Batch;
        var whole = batch.Check(notes.Select(n => new BatchNote(n.Id, n.Text, n.Workload, n.Tenant)).ToList());
        Assume.That(whole.CrossFindings, Is.Not.Empty, "the sample must contain copy-paste groups");

        foreach (var size in new[] { 1, 4, 7, 1_000 })
        {
            var chunked = AuditRunner.Check(notes, batch, size);
            for (var i = 0; i < notes.Count; i++)
            {
                Assert.That(chunked[i].Check.Findings.Select(f => f.RuleId), Is.EqualTo(whole.Results[i].Result.Findings.Select(f => f.RuleId)), $"note {i}, chunks of {size}");
            }
        }
    }

    [Test]
    public void Every_chunk_but_a_single_oversized_group_respects_the_chunk_size()
    {
        var notes = Enumerable.Range(0, 25)
            .Select(i => new AuditNote(i + 2, $"{i}", i < 12 ? "big" : $"t{i}", $"w{i}", "", i < 12 ? Blocked : $"note {i}", null))
            .ToList();
        var chunks = AuditChunks.Plan(notes, 5);

        Assert.That(chunks.SelectMany(c => c).Order(), Is.EqualTo(Enumerable.Range(0, 25)), "every note in exactly one chunk");
        Assert.That(chunks.Count(c => c.Count > 5), Is.EqualTo(1));
        Assert.That(chunks.Single(c => c.Count > 5), Has.Count.EqualTo(12));
    }

    [TestCase("--bogus", "x")]
    [TestCase("--chunk-size", "0")]
    [TestCase("--delimiter", "|")]
    public void A_wrong_command_line_exits_2_with_usage(string option, string value)
    {
        var run = Audit($"tenant,workload,status,note\nt,Teams,Blocked,{Blocked}\n", option, value);
        Assert.That(run.Exit, Is.EqualTo(AuditCommand.BadCommandLine));
        Assert.That(run.Err, Does.Contain("usage:"));
    }

    [Test]
    public void The_audit_never_overwrites_its_input()
    {
        var input = Path.Combine(_dir, "notes.csv");
        File.WriteAllText(input, $"tenant,workload,status,note\nt,Teams,Blocked,{Blocked}\n");
        var stderr = new StringWriter();
        Assert.That(AuditCommand.Run([input, "--out", input], new StringWriter(), stderr), Is.EqualTo(AuditCommand.BadCommandLine));
        Assert.That(stderr.ToString(), Does.Contain("never overwrites"));
    }

    [Test]
    public void A_missing_input_file_exits_1()
    {
        var stderr = new StringWriter();
        Assert.That(AuditCommand.Run([Path.Combine(_dir, "nope.csv")], new StringWriter(), stderr), Is.EqualTo(AuditCommand.UnreadableInput));
        Assert.That(stderr.ToString(), Does.Contain("cannot read"));
    }
}
