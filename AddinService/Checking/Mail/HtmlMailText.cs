using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NoteAddin.Checking.Mail;

/// <summary>An HTML mail as its reader sees it: one line per block, and where a client marked the quoted thread and
/// the signature (-1: nowhere).</summary>
public readonly record struct VisibleText(string Text, int QuoteStart, int SignatureStart = -1);

/// <summary>
/// Turns an HTML mail into the text a reader sees, one line per block — the text the mail's note spans refer to.
/// A real HTML5 parser (AngleSharp) builds the tree, so broken markup is repaired the way browsers repair it; a short
/// walker hands each node to <see cref="VisibleTextWriter"/>, which lays the text out. AngleSharp's own
/// <c>TextContent</c> ignores line structure, and its CSS-based inner text costs ten times more (TOOLCHAIN.md).
/// Callers check <see cref="HtmlNesting"/> first: the parser slows down sharply on very deep nesting.
/// </summary>
public static class HtmlMailText
{
    // AngleSharp's parser is not thread-safe (its author: one per thread); it is cheap to keep and costly to make.
    [ThreadStatic]
    private static HtmlParser? t_parser;

    public static VisibleText Read(string html)
    {
        var parser = t_parser ??= new HtmlParser();
        using var document = parser.ParseDocument(html);
        var writer = new VisibleTextWriter(html.Length);
        Walk(document.DocumentElement, writer);
        return new VisibleText(writer.Finish(), writer.QuoteStart, writer.SignatureStart);
    }

    // Iterative, by sibling and parent links: a mail nested 10 000 elements deep must not overflow the stack.
    private static void Walk(INode root, VisibleTextWriter writer)
    {
        if (!writer.Enter(root) || root.FirstChild is null)
        {
            return;
        }

        var node = root.FirstChild;
        while (node is not null)
        {
            var shown = writer.Enter(node);
            if (shown && node.FirstChild is { } child)
            {
                node = child;
                continue;
            }

            if (shown)
            {
                writer.Exit(node);
            }

            while (node.NextSibling is null)
            {
                node = node.Parent;
                if (node is null || node == root)
                {
                    writer.Exit(root);
                    return;
                }

                writer.Exit(node);
            }

            node = node.NextSibling;
        }
    }
}
