using NoteAddin.Checking.Packs;

namespace NoteAddin.Checking.Mail;

/// <summary>
/// Reads a short stretch of text as a workload label: "Teams", "Exchange Online (EXO)", "Stand Intune",
/// "Teams (In Bearbeitung)", "**SharePoint**". Every word must be the workload's name, a label word of the packs
/// ("Status", "zu", "for") or sit inside parentheses; punctuation and markup do not count. A label naming two
/// workloads, or a name that only looks like one ("Office 365"), is not a label.
/// </summary>
internal static class WorkloadLabel
{
    // "(In Bearbeitung)", "(EXO)", "(seit KW 12)": a parenthesis in a label holds a few words, not a sentence.
    private const int MaxParenthesis = 40;

    /// <returns>The workload's catalogue index, or -1 when [<paramref name="from"/>, <paramref name="to"/>) is no workload label.</returns>
    /// <param name="topicWords">How many other words may follow the workload's name ("Exchange Online Migration:",
    /// "Teams Telefonie –"): a label before a separator names a topic at times; a heading or a cell alone does not.</param>
    public static int Read(MailScan scan, int line, int from, int to, int topicWords = 0)
    {
        var text = scan.Text;
        var workload = -1;
        var covered = from;
        var mentions = scan.Mentions(line, from, to);
        var cues = scan.Cues(line, from, to);
        int m = 0, c = 0;
        var i = from;
        while (i < to)
        {
            var ch = text[i];
            if (ch == '(' && Parenthesis(text, i, to) is var close and > 0)
            {
                i = close + 1;
                continue;
            }

            if (!char.IsLetterOrDigit(ch) || i < covered)
            {
                i++;
                continue;
            }

            // A word starts here: it must be covered by a workload name or a label word starting here.
            while (m < mentions.Length && mentions[m].Start < i)
            {
                m++;
            }

            while (c < cues.Length && cues[c].Start < i)
            {
                c++;
            }

            var end = -1;
            if (m < mentions.Length && mentions[m].Start == i && mentions[m].End <= to)
            {
                if (!mentions[m].IsWorkload || (workload >= 0 && workload != mentions[m].Workload))
                {
                    return -1;
                }

                workload = mentions[m].Workload;
                end = mentions[m].End;
            }

            for (var k = c; k < cues.Length && cues[k].Start == i; k++)
            {
                if (cues[k].Cue is MailCue.LabelWord or MailCue.StatusLabel && cues[k].End <= to)
                {
                    end = Math.Max(end, cues[k].End);
                }
            }

            if (end < 0)
            {
                // A topic word after the workload's name: skip the word.
                if (workload < 0 || topicWords-- <= 0)
                {
                    return -1;
                }

                end = i;
                while (end < to && char.IsLetterOrDigit(text[end]))
                {
                    end++;
                }
            }

            covered = end;
            i = end;
        }

        return workload;
    }

    /// <summary>The index of the ')' closing the '(' at <paramref name="open"/>, or -1.</summary>
    public static int Parenthesis(string text, int open, int to)
    {
        var limit = Math.Min(to, open + MaxParenthesis);
        for (var k = open + 1; k < limit; k++)
        {
            if (text[k] == ')')
            {
                return k;
            }

            if (text[k] == '(')
            {
                return -1;
            }
        }

        return -1;
    }
}
