using AngleSharp.Dom;

namespace NoteAddin.Checking.Mail;

/// <summary>Tells a table's data cells (whose paragraphs read as one line) from layout cells (which hold a whole mail).</summary>
internal static class DataCell
{
    // A data cell holds a note of a few paragraphs; a cell with more, or a big one, lays out a mail.
    private const int MaxDataCellBlocks = 6;
    private const int MaxDataCellNodes = 200;

    /// <summary>
    /// A cell of a row with several cells, holding a few paragraphs at most and no table of its own: a data cell
    /// (Outlook writes each cell's text in a &lt;p&gt;). Looked at within a bounded number of nodes, so a huge
    /// cell costs no more than a small one.
    /// </summary>
    public static bool Is(IElement cell)
    {
        if (cell.ParentElement is not { LocalName: "tr" } row)
        {
            return false;
        }

        // Two cells are enough to know; counting all of a 6 000-cell row for each of its cells would not be linear.
        var siblings = 0;
        for (var sibling = row.FirstElementChild; sibling is not null && siblings < 2; sibling = sibling.NextElementSibling)
        {
            siblings += sibling.LocalName is "td" or "th" ? 1 : 0;
        }

        if (siblings < 2)
        {
            return false;
        }

        var nodes = 0;
        var blocks = 0;
        var node = cell.FirstChild;
        while (node is not null)
        {
            if (++nodes > MaxDataCellNodes)
            {
                return false;
            }

            if (node is IElement element)
            {
                if (element.LocalName is "table" or "blockquote" || (VisibleTextWriter.IsBlock(element.LocalName) && ++blocks > MaxDataCellBlocks))
                {
                    return false;
                }

                if (element.FirstChild is { } child)
                {
                    node = child;
                    continue;
                }
            }

            while (node is not null && node != cell && node.NextSibling is null)
            {
                node = node.Parent;
            }

            node = node is null || node == cell ? null : node.NextSibling;
        }

        return true;
    }
}
