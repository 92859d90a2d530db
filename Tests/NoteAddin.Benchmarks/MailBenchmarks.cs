using BenchmarkDotNet.Attributes;
using NoteAddin.Checking;
using NoteAddin.Checking.Mail;

namespace NoteAddin.Benchmarks;

/// <summary>
/// A 20 KB Outlook HTML mail (<see cref="SampleMail"/>) through the mail reader — issue 9's budget is 2 ms — and
/// through the whole mail check (the reader plus the single-note check of each of its notes), with the HTML-to-text
/// step on its own.
/// </summary>
[MemoryDiagnoser]
public class MailBenchmarks
{
    private MailChecker _checker = null!;
    private MailInput _mail = null!;

    [GlobalSetup]
    public void Setup()
    {
        var notes = SampleNotes.CreateChecker();
        _checker = new MailChecker(notes, new BatchChecker(notes));
        _mail = new MailInput(SampleMail.Html, MailBodyType.Html, "AW: Statusübersicht Q2");
    }

    [Benchmark]
    public VisibleText HtmlToText() => HtmlMailText.Read(_mail.Body);

    [Benchmark]
    public MailReading ReadMail20KB() => _checker.Reader.Read(_mail);

    [Benchmark]
    public MailResult CheckMail20KB() => _checker.Check(_mail);
}
