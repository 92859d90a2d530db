using NoteAddin.Checking;

namespace NoteAddin.Service.Audit;

/// <summary>Reads a whole CSV export into notes, or fails on the first line it cannot read — before anything is checked.</summary>
public static class AuditReader
{
    /// <param name="delimiter">The delimiter used (given or guessed), for writing the results the same way.</param>
    public static List<AuditNote> Read(Stream stream, AuditOptions options, NoteChecker checker, out char delimiter)
    {
        delimiter = options.Delimiter ?? DetectDelimiter(stream);
        var records = new StrictCsvReader(stream, delimiter).ReadRecords().GetEnumerator();
        if (!records.MoveNext())
        {
            throw new CsvFormatException(1, "the file is empty; expected a header line naming the tenant, workload, status and note columns.");
        }

        var header = records.Current;
        var map = AuditColumns.Map(header.Fields, header.Line, options.ColumnNames);
        var notes = new List<AuditNote>();
        while (records.MoveNext())
        {
            var record = records.Current;
            string Field(AuditColumn column) => map[column] < 0 ? string.Empty : record.Fields[map[column]];

            var language = Field(AuditColumn.Language).Trim().ToLowerInvariant();
            if (language.Length > 0 && !checker.Supports(language))
            {
                throw new CsvFormatException(record.Line, $"the language \"{Field(AuditColumn.Language)}\" has no rule pack; use {string.Join(" or ", checker.Languages)}, or leave it empty to detect it.");
            }

            var id = Field(AuditColumn.Id).Trim();
            notes.Add(new AuditNote(
                record.Line,
                id.Length > 0 ? id : record.Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Field(AuditColumn.Tenant).Trim(),
                Field(AuditColumn.Workload).Trim(),
                Field(AuditColumn.RecordedStatus).Trim(),
                Field(AuditColumn.Note),
                language.Length > 0 ? language : null));
        }

        if (notes.Count == 0)
        {
            throw new CsvFormatException(header.Line + 1, "no notes below the header line.");
        }

        return notes;
    }

    /// <summary>Peeks at the first line (seekable streams) to guess the delimiter, then rewinds.</summary>
    private static char DetectDelimiter(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return ',';
        }

        var buffer = new byte[64 * 1024];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var text = System.Text.Encoding.UTF8.GetString(buffer, 0, read);
        var end = text.IndexOfAny(['\r', '\n']);
        return StrictCsvReader.DetectDelimiter(end < 0 ? text : text[..end]);
    }
}
