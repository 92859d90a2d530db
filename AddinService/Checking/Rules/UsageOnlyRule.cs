using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Rules;

/// <summary>Usage or L1 figures ("Verwendung 0,0 %", "usage 0%") standing in for a reason ("Nicht genügend Informationen").</summary>
public sealed class UsageOnlyRule : INoteRule
{
    public string Id => "usage-only";

    public Severity Severity => Severity.Error;

    public void Check(NoteReading reading, FindingSink sink)
    {
        if (reading.Reason is not null || reading.ReasonClause is not null)
        {
            return;
        }

        if (reading.UsageFigure is { } figure)
        {
            sink.Add(this, figure);
        }
        else if (reading.Status == NoteStatus.Undetermined && !reading.Has(reading.Pack.Categories.Engagement)
            && Share(reading, reading.Pack.Rules[Id].Words) is { } share)
        {
            // A note that states nothing but a share ("Active Teams users: 388 of 1,020", "Secure Score 54 %") reports
            // usage whatever it counts: the usage words cannot name every counter of every workload's admin centre.
            sink.Add(this, share);
        }
    }

    /// <summary>
    /// The first share the note states: a number with a percent sign ("54 %"), or two numbers joined by a slash or one
    /// of the rule's words ("850/1000", "480 von 500"). One pass over the folded text, no backtracking.
    /// </summary>
    internal static Span? Share(NoteReading reading, string[] joiners)
    {
        var text = reading.Folded;
        var chars = text.Span;
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsAsciiDigit(chars[i]) || (i > 0 && char.IsLetterOrDigit(chars[i - 1])))
            {
                continue;
            }

            var end = NumberEnd(chars, i);
            var next = SkipSpaces(chars, end);
            var shareEnd = -1;
            if (next < chars.Length && chars[next] == '%')
            {
                shareEnd = next + 1;
            }
            else if (next < chars.Length && chars[next] == '/')
            {
                var second = SkipSpaces(chars, next + 1);
                var secondEnd = second < chars.Length && char.IsAsciiDigit(chars[second]) ? NumberEnd(chars, second) : -1;
                shareEnd = secondEnd > 0 && IsPartOfWhole(chars[i..end], chars[second..secondEnd]) ? secondEnd : -1;
            }
            else
            {
                var wordEnd = next;
                while (wordEnd < chars.Length && char.IsLetter(chars[wordEnd]))
                {
                    wordEnd++;
                }

                var second = SkipSpaces(chars, wordEnd);
                if (wordEnd > next && second > wordEnd && second < chars.Length && char.IsAsciiDigit(chars[second])
                    && Array.IndexOf(joiners, chars[next..wordEnd].ToString()) >= 0)
                {
                    shareEnd = NumberEnd(chars, second);
                }
            }

            if (shareEnd > 0)
            {
                return new Span(text.OriginalStart(i), text.OriginalEnd(shareEnd));
            }

            i = end - 1;
        }

        return null;
    }

    // "850/1000" is a share; "14/11", "31/12/2026" and "12/2025" are dates: a share's whole is larger than a day of the
    // month, not a year, and not smaller than its part.
    private static bool IsPartOfWhole(ReadOnlySpan<char> part, ReadOnlySpan<char> whole)
    {
        var p = Value(part);
        var w = Value(whole);
        return w > 31 && w is not (>= 1990 and <= 2099) && p <= w;
    }

    // The number's value, its separators ignored ("1,020" is 1020); capped, since only its size matters here.
    private static long Value(ReadOnlySpan<char> number)
    {
        long value = 0;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c) && value < 1_000_000_000)
            {
                value = (value * 10) + (c - '0');
            }
        }

        return value;
    }

    // Digits with the separators of thousands and decimals ("1,020", "4.450", "4'450", "0,3").
    private static int NumberEnd(ReadOnlySpan<char> chars, int start)
    {
        var i = start;
        while (i < chars.Length && (char.IsAsciiDigit(chars[i])
            || (chars[i] is '.' or ',' or '\'' && i + 1 < chars.Length && char.IsAsciiDigit(chars[i + 1]))))
        {
            i++;
        }

        return i;
    }

    private static int SkipSpaces(ReadOnlySpan<char> chars, int i)
    {
        while (i < chars.Length && chars[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
