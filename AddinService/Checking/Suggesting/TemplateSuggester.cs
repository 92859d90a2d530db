using System.Text;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Suggesting;

/// <summary>
/// Picks the template of the note's status whose slots the draft fills best (and which suits its L2), fills what it
/// can and leaves the rest as visible [placeholders]. A note without a status gets the Unknown templates: a writer
/// who cannot say the status should say that the intent is unknown.
/// </summary>
public static class TemplateSuggester
{
    public static Suggestion? Suggest(NoteReading reading, IReadOnlyList<Finding> findings, Grade grade)
    {
        if (grade == Grade.Good)
        {
            return null;
        }

        var status = reading.Status == NoteStatus.Undetermined ? NoteStatus.Unknown : reading.Status;
        TemplateDefinition? best = null;
        SlotValue[]? bestSlots = null;
        var bestScore = double.MinValue;
        foreach (var template in reading.Pack.Templates)
        {
            if (template.Status != status)
            {
                continue;
            }

            var slots = template.Slots.Select(s => Fill(template, s, reading, findings)).ToArray();
            var filled = slots.Count(s => s.Filled);
            var score = 2.0 * filled - 0.25 * (slots.Length - filled);
            if (reading.Reason is { } reason && template.PreferFor.Contains(reason.L2))
            {
                score += 1.5;
            }

            if (slots.Length == 0)
            {
                // A template without slots states facts the draft may not support: prefer it only where it is the
                // honest answer — a note from which no status can be read says the intent cannot be determined.
                score += reading.Status == NoteStatus.Undetermined ? 2 : -1;
            }

            if (score > bestScore)
            {
                best = template;
                bestSlots = slots;
                bestScore = score;
            }
        }

        return best is null ? null : new Suggestion(best.Id, Render(best, bestSlots!), bestSlots!);
    }

    private static SlotValue Fill(TemplateDefinition template, TemplateSlot slot, NoteReading reading, IReadOnlyList<Finding> findings)
    {
        var value = SlotValues.For(slot.Filler, reading, findings);
        if (value is not null && SlotValues.TakesPhrase(slot.Filler))
        {
            value = SlotPhrase.Fit(value, template.Text[..slot.Start], reading.Pack.SlotText);
        }

        return string.IsNullOrWhiteSpace(value) ? new SlotValue(slot.Name, null, false, slot.Filler) : new SlotValue(slot.Name, value.Trim(), true, slot.Filler);
    }

    private static string Render(TemplateDefinition template, SlotValue[] values)
    {
        var text = new StringBuilder(template.Text.Length + 64);
        var position = 0;
        for (var i = 0; i < template.Slots.Length; i++)
        {
            var slot = template.Slots[i];
            text.Append(template.Text, position, slot.Start - position);
            text.Append(values[i].Filled ? values[i].Value : template.Text.Substring(slot.Start, slot.Length));
            position = slot.Start + slot.Length;
        }

        text.Append(template.Text, position, template.Text.Length - position);
        return text.ToString();
    }
}
