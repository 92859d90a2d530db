using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace NoteAddin.Checking.Mail;

/// <summary>
/// Writes an HTML mail's nodes as the text a browser shows: blocks and BR end lines, table cells are separated by
/// tabs, STYLE, SCRIPT, HEAD and hidden elements are skipped, white space collapses. Lazily: a block boundary only
/// becomes a line break when more text follows, so nested blocks (div in div in td) do not stack up empty lines.
/// It also notes where a mail client marked the quoted thread and the signature.
/// </summary>
internal sealed class VisibleTextWriter(int capacity)
{
    private static readonly FrozenSet<string> Skipped = FrozenSet.Create(StringComparer.Ordinal,
        "head", "style", "script", "template", "title", "noscript", "xml", "meta", "link", "object", "iframe");

    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "caption", "tr",
        "thead", "tbody", "tfoot", "body", "html", "legend", "option");

    // How mail clients mark the quoted thread in HTML: Apple Mail and Thunderbird cite with <blockquote type=cite>,
    // Gmail wraps it in class "gmail_quote", Outlook puts its header block in #divRplyFwdMsg (Outlook for Mac:
    // #OLK_SRC_BODY_SECTION), Yahoo in class "yahoo_quoted". The text-level header check catches the rest.
    private static readonly string[] QuoteClasses = ["gmail_quote", "yahoo_quoted", "moz-cite-prefix"];
    private static readonly string[] QuoteIds = ["divRplyFwdMsg", "OLK_SRC_BODY_SECTION", "appendonsend"];

    // Outlook on the web and new Outlook put the signature in #Signature, Gmail in class "gmail_signature".
    private static readonly string[] SignatureIds = ["Signature", "signature"];
    private static readonly string[] SignatureClasses = ["gmail_signature"];

    private readonly StringBuilder _text = new(Math.Min(capacity, 1 << 20));
    private int _lineStart;
    private bool _lineHasContent;
    private bool _pendingBreak;
    private bool _pendingSpace;
    private int _cellDepth;
    private int _preDepth;
    private int _cellsInRow;
    private bool _cellHasContent;

    // One entry per open cell: whether it is a data cell, whose paragraphs join into one line (a note's cell
    // with two paragraphs stays one note) — unlike a layout cell holding a whole mail.
    private readonly Stack<bool> _cells = new();

    public int QuoteStart { get; private set; } = -1;

    /// <summary>Whether an element of this name starts and ends a block (a line of its own).</summary>
    public static bool IsBlock(string name) => Blocks.Contains(name);

    public int SignatureStart { get; private set; } = -1;

    /// <summary>Handles a node's start; true for an element whose children are shown (its <see cref="Exit"/> runs after them).</summary>
    public bool Enter(INode node)
    {
        switch (node)
        {
            case IText text:
                Append(text.Data);
                return false;
            case IElement element:
                return EnterElement(element);
            default:
                return false; // comments (Outlook's conditional ones included), doctype, processing instructions
        }
    }

    public void Exit(INode node)
    {
        if (node is not IElement element)
        {
            return;
        }

        var name = element.LocalName;
        switch (name)
        {
            case "td" or "th":
                _cellDepth--;
                _cells.TryPop(out _);
                _pendingBreak = false;
                break;
            case "pre":
                _preDepth--;
                BlockBoundary();
                break;
            default:
                if (Blocks.Contains(name))
                {
                    BlockBoundary();
                }

                break;
        }
    }

    private bool EnterElement(IElement element)
    {
        var name = element.LocalName;
        if (Skipped.Contains(name) || IsHidden(element))
        {
            return false;
        }

        MarkQuote(element, name);
        MarkSignature(element);
        switch (name)
        {
            case "br":
                if (_cellDepth > 0)
                {
                    BlockBoundary();
                }
                else
                {
                    // The line a block left open ends first; the BR then ends its own (possibly empty) line.
                    if (_pendingBreak && _lineHasContent)
                    {
                        BreakLine(force: false);
                    }

                    BreakLine(force: true);
                }

                return false;
            case "tr":
                _pendingBreak = true;
                _cellsInRow = 0;
                return true;
            case "td" or "th":
                if (_cellsInRow++ > 0)
                {
                    TrimLineEnd();
                    _text.Append('\t');
                    _lineHasContent = true;
                }
                else if (_pendingBreak)
                {
                    BreakLine(force: false);
                }

                _pendingBreak = false;
                _pendingSpace = false;
                _cellHasContent = false;
                _cellDepth++;
                _cells.Push(DataCell.Is(element));
                return true;
            case "pre":
                _preDepth++;
                BlockBoundary();
                return true;
            case "img":
                return false;
            default:
                if (Blocks.Contains(name))
                {
                    BlockBoundary();
                }

                return true;
        }
    }

    /// <summary>A block starts or ends: the next text goes on a new line — inside a table cell only once the cell
    /// has text, so Outlook's &lt;td&gt;&lt;p&gt;…&lt;/p&gt;&lt;/td&gt; keeps a row on one line.</summary>
    private void BlockBoundary()
    {
        if (_cells.TryPeek(out var data) && data)
        {
            _pendingSpace |= _cellHasContent;
        }
        else if (_cellDepth == 0 || _cellHasContent)
        {
            _pendingBreak = true;
        }
    }

    private void MarkQuote(IElement element, string name)
    {
        if (QuoteStart >= 0)
        {
            return;
        }

        var quoted = (name == "blockquote" && string.Equals(element.GetAttribute("type"), "cite", StringComparison.OrdinalIgnoreCase))
            || (element.Id is { } id && QuoteIds.Contains(id, StringComparer.Ordinal))
            || (element.ClassName is { } classes && QuoteClasses.Any(c => classes.Contains(c, StringComparison.Ordinal)));
        if (quoted)
        {
            // The quote starts on a line of its own.
            if (_lineHasContent)
            {
                BreakLine(force: false);
            }

            _pendingBreak = false;
            QuoteStart = _text.Length;
        }
    }

    private void MarkSignature(IElement element)
    {
        if (SignatureStart >= 0 || QuoteStart >= 0)
        {
            return;
        }

        if ((element.Id is { } id && SignatureIds.Contains(id, StringComparer.Ordinal))
            || (element.ClassName is { } classes && SignatureClasses.Any(c => classes.Contains(c, StringComparison.Ordinal))))
        {
            if (_lineHasContent)
            {
                BreakLine(force: false);
            }

            _pendingBreak = false;
            SignatureStart = _text.Length;
        }
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style) || style.Length > 2000)
        {
            return false;
        }

        Span<char> compact = stackalloc char[style.Length];
        var n = 0;
        foreach (var c in style)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact[n++] = char.ToLowerInvariant(c);
            }
        }

        var css = compact[..n];
        return css.Contains("display:none", StringComparison.Ordinal) || css.Contains("mso-hide:all", StringComparison.Ordinal);
    }

    private void Append(string data)
    {
        foreach (var c in data)
        {
            if (_preDepth > 0 && c is '\n' or '\r')
            {
                if (c == '\n')
                {
                    BreakLine(force: true);
                }

                continue;
            }

            if (c is ' ' or '\t' or '\n' or '\r' or '\f' && _preDepth == 0)
            {
                _pendingSpace = true;
                continue;
            }

            if (_pendingBreak)
            {
                if (_lineHasContent)
                {
                    BreakLine(force: false);
                }

                _pendingBreak = false;
            }

            if (_pendingSpace)
            {
                _pendingSpace = false;
                if (_text.Length > _lineStart && _text[^1] is not (' ' or '\t'))
                {
                    _text.Append(' ');
                }
            }

            // A no-break space shows as a space and, unlike a space, keeps an otherwise empty paragraph (Outlook's
            // <p>&nbsp;</p>) on screen as an empty line.
            _text.Append(c == '\u00A0' ? ' ' : c);
            _lineHasContent = true;
            _cellHasContent = true;
        }
    }

    private void BreakLine(bool force)
    {
        TrimLineEnd();
        if (_lineHasContent || force)
        {
            _text.Append('\n');
        }

        _lineStart = _text.Length;
        _lineHasContent = false;
        _pendingBreak = false;
        _pendingSpace = false;
    }

    private void TrimLineEnd()
    {
        var end = _text.Length;
        while (end > _lineStart && _text[end - 1] == ' ')
        {
            end--;
        }

        _text.Length = end;
    }

    public string Finish()
    {
        TrimLineEnd();
        var end = _text.Length;
        while (end > 0 && _text[end - 1] is '\n' or ' ' or '\t')
        {
            end--;
        }

        _text.Length = end;
        if (QuoteStart > end)
        {
            QuoteStart = -1;
        }

        if (SignatureStart > end)
        {
            SignatureStart = -1;
        }

        return _text.ToString();
    }
}
