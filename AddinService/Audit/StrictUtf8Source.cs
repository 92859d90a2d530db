using System.Buffers;
using System.Text.Unicode;

namespace NoteAddin.Service.Audit;

/// <summary>
/// Characters of a UTF-8 stream, one at a time, refusing anything that is not UTF-8. The bytes before a bad
/// sequence are still delivered, so the reader knows exactly which line it reached when the error surfaces —
/// an Excel "CSV (comma delimited)" export in Windows-1252 fails on the line of its first umlaut.
/// </summary>
internal sealed class StrictUtf8Source
{
    private readonly Stream _stream;
    private readonly byte[] _bytes = new byte[64 * 1024];
    private readonly char[] _chars = new char[64 * 1024];
    private int _byteCount;     // undecoded bytes at the start of _bytes (an incomplete sequence carried over)
    private int _charPos;
    private int _charCount;
    private long _bytesConsumed;
    private bool _endOfStream;
    private string? _invalid;   // set once a bad sequence is met; raised when the valid characters before it are used up
    private bool _started;

    public StrictUtf8Source(Stream stream) => _stream = stream;

    /// <summary>The next character, or -1 at the end. Throws <see cref="InvalidDataException"/> at a bad sequence.</summary>
    public int Read()
    {
        if (_charPos == _charCount && !Fill())
        {
            return -1;
        }

        return _chars[_charPos++];
    }

    public int Peek()
    {
        if (_charPos == _charCount && !Fill())
        {
            return -1;
        }

        return _chars[_charPos];
    }

    private bool Fill()
    {
        if (_invalid is not null)
        {
            throw new InvalidDataException(_invalid);
        }

        _charPos = 0;
        _charCount = 0;
        while (_charCount == 0)
        {
            if (!_endOfStream)
            {
                var read = _stream.Read(_bytes, _byteCount, _bytes.Length - _byteCount);
                _endOfStream = read == 0;
                _byteCount += read;
            }

            var start = 0;
            if (!_started)
            {
                if (_byteCount < 3 && !_endOfStream)
                {
                    continue;
                }

                _started = true;
                start = SkipByteOrderMark();
            }

            if (_byteCount - start == 0 && _endOfStream)
            {
                return false;
            }

            var status = Utf8.ToUtf16(_bytes.AsSpan(start, _byteCount - start), _chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false, isFinalBlock: _endOfStream);
            _charCount = charsWritten;
            var used = start + bytesRead;
            if (status == OperationStatus.InvalidData)
            {
                _invalid = $"the file is not UTF-8: byte 0x{_bytes[used]:X2} at byte offset {_bytesConsumed + used} cannot start or continue a UTF-8 character. "
                    + "Save the export as \"CSV UTF-8\" (Excel), or give --encoding windows-1252 for Excel's plain \"CSV\".";
                if (_charCount == 0)
                {
                    throw new InvalidDataException(_invalid);
                }

                return true;
            }

            // Keep an incomplete sequence at the end of the block for the next read.
            _bytesConsumed += used;
            Buffer.BlockCopy(_bytes, used, _bytes, 0, _byteCount - used);
            _byteCount -= used;
        }

        return true;
    }

    private int SkipByteOrderMark()
    {
        var span = _bytes.AsSpan(0, _byteCount);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return 3;
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            _invalid = "the file is UTF-16 (Excel's \"Unicode Text\"); save it as \"CSV UTF-8\" instead.";
            throw new InvalidDataException(_invalid);
        }

        return 0;
    }
}
