using System.Text;

namespace NoteAddin.Tests.Hardening;

/// <summary>
/// Generates hostile note texts from a seed: each comes with a kind, so a failure names what it was.
/// Some are returned as raw JSON string literals (escapes such as \ud800 that a serializer would never write).
/// </summary>
internal sealed class HostileInputs(int seed)
{
    private static readonly string[] Cues =
    [
        "not ", "nicht ", "because ", "aufgrund ", "wegen ", "blocked ", "blockiert ", "kein ", "no ", "will not ", "won't ", "can't ",
        "3 ", "drei ", "three ", "z. B. ", "e.g. ", "ca. ", "approx. ", "0,0 % ", "v2.5 ", "03.04. ", "... ", ". ", "? ", "! ",
        "Kontaktversuche ", "attempts ", "Postfachmigration ", "Uebernahme ", "[number] ", "[primäres Problem] ", "\u201Eq\u201C ",
    ];

    private static readonly string[] Markup =
    [
        "<script>alert(1)</script>", "<b>Customer</b> is <i>blocked</i>", "<!-- nicht -->", "<![CDATA[ because ]]>", "&amp;&lt;&gt;&#0;&#xD800;",
        "**not** _blocked_ `code`", "# heading\n> quote\n- item", "{{slot}} ${expr} %s %n {0}", "'; DROP TABLE notes; --", "{\"text\": \"nested\"}",
        "\\u0000\\ud800\\\\", "javascript:void(0)", "<svg onload=x>", "[link](http://example.invalid)", "\u202Egnirts desrever\u202C",
    ];

    private readonly Random _random = new(seed);

    /// <summary>A note text, or (when <paramref name="rawJson"/> is set) a JSON string literal including its quotes.</summary>
    public (string Kind, string Text, string? RawJson) Next()
    {
        switch (_random.Next(12))
        {
            case 0: return ("random-unicode", RandomUnicode(_random.Next(0, 3000)), null);
            case 1: return ("control-chars", RandomFrom("\0\u0001\u0007\b\t\n\v\f\r\u001B\u007F\u0085\u00A0\u200B\u200D\u2028\u2029\uFEFF\uFFFE\uFFFF ab.", _random.Next(1, 3000)), null);
            case 2:
            {
                var cue = Cues[_random.Next(Cues.Length)];
                return ($"repeat({cue.Trim()})", Repeat(cue, 10_000), null);
            }

            case 3:
            {
                var mixed = new StringBuilder();
                while (mixed.Length < 10_000)
                {
                    mixed.Append(Cues[_random.Next(Cues.Length)]);
                }

                return ("cue-salad", mixed.ToString(0, 10_000), null);
            }

            case 4:
            {
                var depth = _random.Next(1, 5000);
                var (open, close) = new[] { ("(", ")"), ("[", "]"), ("{", "}"), ("<", ">"), ("\u201E", "\u201C"), ("\"", "\"") }[_random.Next(6)];
                var balanced = _random.Next(2) == 0;
                return ("nested-brackets", Repeat(open, depth) + "not because" + (balanced ? Repeat(close, depth) : string.Empty), null);
            }

            case 5: return ("markup", string.Concat(Enumerable.Range(0, _random.Next(1, 200)).Select(_ => Markup[_random.Next(Markup.Length)] + " ")), null);
            case 6:
            {
                // A lone surrogate as a JSON escape: valid JSON, not valid text.
                var escape = new[] { "\\ud800", "\\udfff", "\\udbff\\u0041", "\\ud800\\ud800", "\\udc00x" }[_random.Next(5)];
                return ("json-lone-surrogate", string.Empty, $"\"Customer is blocked {escape} because of the proxy.\"");
            }

            case 7:
            {
                // Lone surrogates in the string itself: the client's serializer decides what goes on the wire.
                var text = new StringBuilder("Kunde ");
                for (var i = 0; i < _random.Next(1, 50); i++)
                {
                    text.Append((char)_random.Next(0xD800, 0xE000)).Append(Cues[_random.Next(Cues.Length)]);
                }

                return ("raw-lone-surrogates", text.ToString(), null);
            }

            case 8: return ("at-the-limit", Repeat("Kunde wird nicht bereitstellen, weil ", 10_000), null);
            case 9: return ("over-the-limit", Repeat("x", 10_001 + _random.Next(5000)), null);
            case 10: return ("astral-and-combining", RandomFrom("\U0001F600\U0001F4A9e\u0301\u0308\u20DD\U00010000\U0010FFFD\u0E01\u0E49", _random.Next(1, 5000)), null);
            default:
            {
                var words = Enumerable.Range(0, _random.Next(1, 400)).Select(_ => _random.Next(4) == 0 ? RandomUnicode(_random.Next(1, 12)) : Cues[_random.Next(Cues.Length)]);
                return ("mixed", string.Concat(words), null);
            }
        }
    }

    /// <summary>A hostile text the API accepts (within the length limit, no escaped lone surrogate), so the engine must read it.</summary>
    public (string Kind, string Text) NextAccepted()
    {
        while (true)
        {
            var (kind, text, raw) = Next();
            if (raw is null && text.Length <= 10_000)
            {
                return (kind, text);
            }
        }
    }

    /// <summary>A language field: mostly valid, sometimes hostile.</summary>
    public string? Language() => _random.Next(8) switch
    {
        0 or 1 or 2 => null,
        3 or 4 => "de",
        5 or 6 => "en",
        _ => RandomUnicode(_random.Next(0, 40)),
    };

    public string? Workload() => _random.Next(4) switch
    {
        0 => null,
        1 => "Exchange Online",
        2 => "Teams",
        _ => RandomUnicode(_random.Next(0, 200)),
    };

    private string RandomUnicode(int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            var codePoint = _random.Next(4) == 0 ? _random.Next(0x10000, 0x110000) : _random.Next(0x20, 0x10000);
            if (codePoint is >= 0xD800 and < 0xE000)
            {
                continue;
            }

            text.Append(char.ConvertFromUtf32(codePoint));
        }

        return text.ToString();
    }

    private string RandomFrom(string alphabet, int length)
    {
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(alphabet);
        var pieces = new List<string>();
        while (elements.MoveNext())
        {
            pieces.Add((string)elements.Current);
        }

        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(pieces[_random.Next(pieces.Count)]);
        }

        return text.ToString();
    }

    private static string Repeat(string piece, int length)
    {
        var text = new StringBuilder(length + piece.Length);
        while (text.Length < length)
        {
            text.Append(piece);
        }

        return text.ToString(0, length);
    }
}
