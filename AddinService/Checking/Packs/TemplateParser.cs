using NoteAddin.Checking.Model;

namespace NoteAddin.Checking.Packs;

/// <summary>Turns a template's text into its [slots], checking each against the slot map.</summary>
internal static class TemplateParser
{
    public static TemplateDefinition Parse(RulePackFile file, string path, TemplateDocument doc)
    {
        if (string.IsNullOrWhiteSpace(doc.Id))
        {
            throw file.Error(path, "a template needs an \"id\"");
        }

        if (!Enum.TryParse<NoteStatus>(doc.Status, out var status) || status == NoteStatus.Undetermined)
        {
            throw file.Error(path + ".status", $"unknown status \"{doc.Status}\"");
        }

        var slots = new List<TemplateSlot>();
        var map = doc.Slots ?? new();
        for (var open = doc.Text.IndexOf('['); open >= 0; open = doc.Text.IndexOf('[', open + 1))
        {
            var close = doc.Text.IndexOf(']', open);
            if (close < 0)
            {
                throw file.Error(path + ".text", "a '[' in the template text is never closed");
            }

            var name = doc.Text[(open + 1)..close];
            if (!map.TryGetValue(name, out var fillerName))
            {
                throw file.Error(path + ".slots", $"the slot [{name}] of template \"{doc.Id}\" is not in its \"slots\" map");
            }

            if (!Enum.TryParse<SlotFiller>(fillerName, ignoreCase: true, out var filler))
            {
                throw file.Error(path + ".slots", $"unknown slot filler \"{fillerName}\"; use one of {string.Join(", ", Enum.GetNames<SlotFiller>())}");
            }

            slots.Add(new TemplateSlot(name, filler, open, close - open + 1));
        }

        return new TemplateDefinition(doc.Id, status, doc.Text, slots.ToArray(), (doc.PreferFor ?? new()).ToArray());
    }
}
