using NoteAddin.Checking.Model;
using NoteAddin.Checking.Suggesting;
using NoteAddin.Checking.Text;
using NoteAddin.Training;

namespace NoteAddin.Tests.Engine;

/// <summary>
/// Over every labelled note we have: a filled slot holds a whole phrase taken from the note — no leading
/// preposition or linking word, no trailing article or conjunction, and no word repeated across the slot's edge
/// once it sits in the template. Anything else must leave the slot open for the writer.
/// </summary>
public class SlotFillingCorpusTests
{
    private static IEnumerable<string> AllNotes() =>
        new[] { "Tests/Corpus/train", "Tests/Corpus/test", "Tests/DevSet", "Tests/HoldOut" }
            .SelectMany(d => LabelledNotes.Load(RepositoryPaths.Combine(d.Split('/')))).Select(n => n.Text);

    [Test]
    public void Every_filled_slot_of_every_suggestion_is_a_whole_phrase_from_the_note()
    {
        var problems = new List<string>();
        var filled = 0;
        foreach (var note in AllNotes())
        {
            var result = EngineFixture.Checker.Check(new NoteInput(note));
            if (result.Suggestion is not { } suggestion)
            {
                continue;
            }

            var pack = EngineFixture.Checker.Packs[result.Language];
            var template = pack.Templates.Single(t => t.Id == suggestion.TemplateId);
            for (var i = 0; i < template.Slots.Length; i++)
            {
                var slot = template.Slots[i];
                var value = suggestion.Slots[i].Value;
                if (value is null || !SlotValues.TakesPhrase(slot.Filler))
                {
                    continue;
                }

                filled++;
                var words = NormalizedText.FoldPhrase(value).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var before = NormalizedText.FoldPhrase(template.Text[..slot.Start]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var problem =
                    !note.Contains(value, StringComparison.Ordinal) ? "not taken from the note"
                    : !StandsAsWholeWords(note, value) ? "a piece of a word"
                    : pack.SlotText.NeverFirst.Contains(words[0]) ? $"starts with \"{words[0]}\""
                    : pack.SlotText.NeverLast.Contains(words[^1].TrimEnd(',', ')', '"')) ? $"ends with \"{words[^1]}\""
                    : pack.SlotText.Linking.Any(l => (string.Join(' ', words) + " ").StartsWith(l + " ", StringComparison.Ordinal)) ? "starts with a linking word"
                    : before.Length > 0 && before[^1] == words[0] ? $"repeats \"{words[0]}\" across the slot's edge"
                    : null;
                if (problem is not null)
                {
                    problems.Add($"{problem}: [{slot.Name}] = \"{value}\" in \"{suggestion.Text}\"");
                }
            }
        }

        TestContext.Out.WriteLine($"{filled} filled phrase slots checked");
        Assert.That(filled, Is.GreaterThan(500), "the corpus fills many slots");
        Assert.That(problems, Is.Empty);
    }

    // Somewhere in the note the value starts and ends at word edges ("Postfachmigration", never its "Postfach").
    private static bool StandsAsWholeWords(string note, string value)
    {
        for (var i = note.IndexOf(value, StringComparison.Ordinal); i >= 0; i = note.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            var end = i + value.Length;
            if ((i == 0 || !char.IsLetterOrDigit(note[i - 1]) || !char.IsLetterOrDigit(value[0]))
                && (end == note.Length || !char.IsLetterOrDigit(note[end]) || !char.IsLetterOrDigit(value[^1])))
            {
                return true;
            }
        }

        return false;
    }

    [TestCase("of various technical and organisational", "Customer is blocked due to ", "en", null)]
    [TestCase("für das Gespräch am Dienstag", "Kunde ist blockiert aufgrund von ", "de", null)]
    [TestCase("the proxy and", "Customer is blocked due to ", "en", null)]
    [TestCase("von der Firewall", "Bereitstellung nicht möglich aufgrund von ", "de", null)]
    [TestCase("because of the merger.", "Customer has no intent to use the service because of ", "en", "the merger")]
    [TestCase("aufgrund von fehlenden Lizenzen", "Kunde ist blockiert aufgrund von ", "de", "fehlenden Lizenzen")]
    [TestCase("the proxy that strips Teams media", "Customer is blocked due to ", "en", "the proxy that strips Teams media")]
    public void A_slot_takes_a_whole_phrase_or_stays_open(string value, string templateBefore, string language, string? expected) =>
        Assert.That(SlotPhrase.Fit(value, templateBefore, EngineFixture.Checker.Packs[language].SlotText), Is.EqualTo(expected));

    [Test]
    public void The_notes_own_linking_words_give_way_to_the_templates()
    {
        var result = EngineFixture.Checker.Check(new NoteInput("Customer has no intent because of the ongoing acquisition of a competitor.", "en"));
        Assert.That(result.Suggestion?.Text ?? "", Does.Not.Contain("because of because").And.Not.Contain("of because of"));
    }
}
