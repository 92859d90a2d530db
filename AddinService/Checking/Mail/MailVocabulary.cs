using NoteAddin.Checking.Matching;
using NoteAddin.Checking.Packs;

namespace NoteAddin.Checking.Mail;

/// <summary>
/// Every language's mail word lists in one Aho–Corasick automaton (the engine's own matcher), so the whole mail is
/// read for greetings, sign-offs, headers and status labels in one linear pass — no regex meets the mail's text.
/// A German mail's English sign-off is found as well as its German one.
/// </summary>
internal sealed class MailVocabulary
{
    private MailVocabulary(PhraseAutomaton automaton) => Automaton = automaton;

    /// <summary>Matches carry <c>(int)</c><see cref="MailCue"/> as their category.</summary>
    public PhraseAutomaton Automaton { get; }

    public static MailVocabulary From(IEnumerable<CompiledPack> packs)
    {
        var phrases = new List<(PhrasePattern, int)>();
        foreach (var pack in packs)
        {
            foreach (var cue in Enum.GetValues<MailCue>())
            {
                // Names that only look like workloads belong to the workload catalogue's automaton.
                if (cue != MailCue.NotWorkload)
                {
                    phrases.AddRange(pack.Mail[cue].Select(p => (p, (int)cue)));
                }
            }
        }

        return new MailVocabulary(PhraseAutomaton.Build(phrases));
    }
}
