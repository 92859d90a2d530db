using System.Text;

namespace NoteAddin.Service.Audit;

/// <summary>
/// A Windows-1252 file (Excel's plain "CSV" on Western Windows) as UTF-8 bytes, so the strict UTF-8 reader and its
/// line numbers stay the one way the audit reads. Bytes 1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are
/// refused with their offset rather than guessed.
/// </summary>
internal static class Windows1252Input
{
    public static Stream AsUtf8(string path)
    {
        // .NET ships code page 1252 in the framework but registers it only on request.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = File.ReadAllBytes(path);
        var text = Encoding.GetEncoding(1252).GetString(bytes);

        // .NET passes 1252's undefined bytes through as C1 control characters; one byte is one character here, so
        // the character's index is the byte's offset.
        var undefined = text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F');
        if (undefined >= 0)
        {
            throw new InvalidDataException($"the file is not Windows-1252: byte 0x{bytes[undefined]:X2} at byte offset {undefined} is undefined there.");
        }

        return new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false);
    }
}
