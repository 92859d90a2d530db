using System.Text;

namespace NoteAddin.Service.Audit;

/// <summary>One CSV record and the line it starts on.</summary>
public sealed record CsvRecord(int Line, string[] Fields);

/// <summary>
/// An RFC 4180 reader that refuses what it cannot read for sure instead of guessing: a quote inside an unquoted
/// field, text after a closing quote, a quote never closed, a record with a different number of fields than the
/// header, bytes that are not UTF-8. Every error names the line. Quoted fields may hold delimiters, doubled quotes
/// and line breaks. Line ends are \n, \r\n or \r. Blank lines at the end of the file are allowed; a blank line
/// between records is an error (it would otherwise be a record with one empty field, or be dropped unseen).
/// </summary>
/// <remarks>
/// Why not CsvHelper (34.0.0 is served, MS-PL or Apache-2.0, a licence that would fit): the audit reads strings from
/// four or five columns, so type mapping buys nothing, and the one thing it must do well — say on which line a file
/// stops being UTF-8 — a TextReader-based library cannot, because StreamReader decodes blocks ahead of the parser.
/// This page of code decodes as it parses, refuses instead of repairing, and its tests pin every error.
/// </remarks>
public sealed class StrictCsvReader
{
    private readonly StrictUtf8Source _source;
    private readonly char _delimiter;
    private int _line = 1;
    private int _expectedFields = -1;
    private int _pendingBlankLine;

    public StrictCsvReader(Stream stream, char delimiter)
    {
        _source = new StrictUtf8Source(stream);
        _delimiter = delimiter;
    }

    /// <summary>Guesses the delimiter from the header line: the most frequent of ',', ';' and tab outside quotes.</summary>
    public static char DetectDelimiter(string headerLine)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in headerLine)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    /// <summary>Every record, the header first. The first record fixes how many fields each record must have.</summary>
    public IEnumerable<CsvRecord> ReadRecords()
    {
        while (true)
        {
            var record = ReadRecord();
            if (record is null)
            {
                yield break;
            }

            if (record.Fields is [""])
            {
                // A blank line: fine at the end of the file, an error before another record.
                _pendingBlankLine = _pendingBlankLine == 0 ? record.Line : _pendingBlankLine;
                continue;
            }

            if (_pendingBlankLine > 0)
            {
                throw new CsvFormatException(_pendingBlankLine, "the line is empty, but more records follow; remove it (or fill it) so no row goes unchecked.");
            }

            if (_expectedFields < 0)
            {
                _expectedFields = record.Fields.Length;
            }
            else if (record.Fields.Length != _expectedFields)
            {
                throw new CsvFormatException(record.Line, $"the record has {record.Fields.Length} field{(record.Fields.Length == 1 ? "" : "s")}, the header has {_expectedFields}. "
                    + "A field holding the delimiter or a line break must be enclosed in double quotes.");
            }

            yield return record;
        }
    }

    private CsvRecord? ReadRecord()
    {
        var first = Next();
        if (first < 0)
        {
            return null;
        }

        var startLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var c = first;
        while (true)
        {
            if (c == '"')
            {
                if (field.Length > 0)
                {
                    throw new CsvFormatException(_line, $"a double quote inside the unquoted field {fields.Count + 1}; enclose the whole field in double quotes and double the quote (\"\").");
                }

                ReadQuoted(field, fields.Count + 1);
                c = Next();
                if (c >= 0 && c != _delimiter && c != '\n' && c != '\r')
                {
                    throw new CsvFormatException(_line, $"text after the closing quote of field {fields.Count + 1}; a quote inside a quoted field must be doubled (\"\").");
                }

                continue;
            }

            if (c < 0 || c == '\n' || c == '\r')
            {
                fields.Add(field.ToString());
                EndLine(c);
                return new CsvRecord(startLine, fields.ToArray());
            }

            if (c == _delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append((char)c);
            }

            c = Next();
        }
    }

    private void ReadQuoted(StringBuilder field, int fieldNumber)
    {
        var openedOn = _line;
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                throw new CsvFormatException(openedOn, $"the quote that opens field {fieldNumber} is never closed (the file ends inside it).");
            }

            if (c == '"')
            {
                if (PeekChar() == '"')
                {
                    Next();
                    field.Append('"');
                    continue;
                }

                return;
            }

            if (c == '\r' || c == '\n')
            {
                // A line break inside a quoted field is part of the note; keep it as \n and count the line.
                EndLine(c);
                field.Append('\n');
                continue;
            }

            field.Append((char)c);
        }
    }

    private void EndLine(int c)
    {
        if (c == '\r' && PeekChar() == '\n')
        {
            Next();
        }

        if (c >= 0)
        {
            _line++;
        }
    }

    private int Next()
    {
        try
        {
            return _source.Read();
        }
        catch (InvalidDataException e)
        {
            throw new CsvFormatException(_line, e.Message);
        }
    }

    private int PeekChar()
    {
        try
        {
            return _source.Peek();
        }
        catch (InvalidDataException e)
        {
            throw new CsvFormatException(_line, e.Message);
        }
    }
}
