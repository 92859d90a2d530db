using System.Text;
using NoteAddin.Service.Audit;

namespace NoteAddin.Tests.Audit;

public class StrictCsvReaderTests
{
    private static List<CsvRecord> Read(string text, char delimiter = ',') => Read(Encoding.UTF8.GetBytes(text), delimiter);

    private static List<CsvRecord> Read(byte[] bytes, char delimiter = ',') =>
        new StrictCsvReader(new MemoryStream(bytes), delimiter).ReadRecords().ToList();

    private static CsvFormatException Fails(string text) => Assert.Throws<CsvFormatException>(() => Read(text))!;

    [Test]
    public void Reads_plain_records_with_their_lines()
    {
        var records = Read("a,b\r\n1,2\r\n3,4\r\n");
        Assert.That(records.Select(r => r.Line), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(records[2].Fields, Is.EqualTo(new[] { "3", "4" }));
    }

    [Test]
    public void Quoted_fields_hold_delimiters_doubled_quotes_and_line_breaks()
    {
        var records = Read("id,note\n1,\"Blocked, because of the \"\"proxy\"\"\nsecond line\"\n2,plain\n");
        Assert.That(records[1].Fields[1], Is.EqualTo("Blocked, because of the \"proxy\"\nsecond line"));
        // The record after a two-line field starts on line 4, and errors after it count from there.
        Assert.That(records[2].Line, Is.EqualTo(4));
    }

    [Test]
    public void Crlf_inside_a_quoted_field_becomes_one_line_break()
    {
        var records = Read("a,b\r\n\"x\r\ny\",z\r\n");
        Assert.That(records[1].Fields[0], Is.EqualTo("x\ny"));
    }

    [Test]
    public void A_byte_order_mark_is_not_part_of_the_first_header()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("tenant,note\nt,ä\n")).ToArray();
        var records = Read(bytes);
        Assert.That(records[0].Fields[0], Is.EqualTo("tenant"));
        Assert.That(records[1].Fields[1], Is.EqualTo("ä"));
    }

    [Test]
    public void A_quote_inside_an_unquoted_field_names_its_line()
    {
        var e = Fails("a,b\n1,2\n3,4\" monitor\n");
        Assert.That(e.Line, Is.EqualTo(3));
        Assert.That(e.Message, Does.Contain("double quote inside the unquoted field 2"));
    }

    [Test]
    public void Text_after_a_closing_quote_names_its_line()
    {
        var e = Fails("a,b\n\"x\"y,2\n");
        Assert.That(e.Line, Is.EqualTo(2));
        Assert.That(e.Message, Does.Contain("after the closing quote"));
    }

    [Test]
    public void A_quote_never_closed_names_the_line_it_opened_on()
    {
        var e = Fails("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n");
        Assert.That(e.Line, Is.EqualTo(3));
        Assert.That(e.Message, Does.Contain("never closed"));
    }

    [Test]
    public void A_record_with_too_few_or_too_many_fields_names_its_line()
    {
        Assert.That(Fails("a,b,c\n1,2,3\n4,5\n").Line, Is.EqualTo(3));
        var e = Fails("a,b\n1,2\n3,4,5\n");
        Assert.That(e.Line, Is.EqualTo(3));
        Assert.That(e.Message, Does.Contain("3 fields, the header has 2"));
    }

    [Test]
    public void A_blank_line_between_records_is_an_error_but_trailing_blank_lines_are_not()
    {
        Assert.That(Fails("a,b\n1,2\n\n3,4\n").Line, Is.EqualTo(3));
        Assert.That(Read("a,b\n1,2\n\n\r\n"), Has.Count.EqualTo(2));
    }

    [Test]
    public void Bytes_that_are_not_utf8_name_their_line()
    {
        // "Kunde prüft" in Windows-1252, as Excel's plain "CSV (comma delimited)" writes it: 0xFC is not UTF-8.
        var bytes = Encoding.UTF8.GetBytes("a,b\n1,ok\n2,Kunde pr").Concat(new byte[] { 0xFC }).Concat(Encoding.UTF8.GetBytes("ft\n")).ToArray();
        var e = Assert.Throws<CsvFormatException>(() => Read(bytes))!;
        Assert.That(e.Line, Is.EqualTo(3));
        Assert.That(e.Message, Does.Contain("not UTF-8").And.Contain("0xFC"));
    }

    [Test]
    public void Bad_bytes_far_into_a_large_file_still_name_their_line()
    {
        // Past the reader's 64 KB buffer, so the error comes from a later block.
        var text = new StringBuilder("a,b\n");
        for (var i = 0; i < 5_000; i++)
        {
            text.Append(i).Append(",Kunde prüft die Migration der Postfächer\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString()).Concat(new byte[] { (byte)'x', (byte)',', 0xE4, (byte)'\n' }).ToArray();
        var e = Assert.Throws<CsvFormatException>(() => Read(bytes))!;
        Assert.That(e.Line, Is.EqualTo(5_002));
    }

    [Test]
    public void A_utf16_file_is_refused_with_advice()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a,b\n")).ToArray();
        var e = Assert.Throws<CsvFormatException>(() => Read(bytes))!;
        Assert.That(e.Line, Is.EqualTo(1));
        Assert.That(e.Message, Does.Contain("UTF-16"));
    }

    [TestCase("tenant,workload,status,note", ',')]
    [TestCase("Tenant;Workload;Status;Note", ';')]
    [TestCase("tenant\tworkload\tstatus\tnote", '\t')]
    [TestCase("\"a;b\",c", ',')]
    public void Guesses_the_delimiter_from_the_header(string header, char expected) =>
        Assert.That(StrictCsvReader.DetectDelimiter(header), Is.EqualTo(expected));
}
