using NoteAddin.Checking.Matching;

namespace NoteAddin.Checking.Packs;

/// <summary>
/// A language's merged "mail" word lists, parsed into phrase patterns. The mail reader joins every language's lists
/// into one automaton (German mails carry English note lines and the other way round).
/// </summary>
public sealed class MailWords
{
    private static readonly (MailCue Cue, string Name, Func<MailWordsDocument, List<string>?> List)[] Sections =
    [
        (MailCue.Greeting, "greetings", d => d.Greetings),
        (MailCue.SignOff, "signOffs", d => d.SignOffs),
        (MailCue.SmallTalk, "smallTalk", d => d.SmallTalk),
        (MailCue.Scheduling, "scheduling", d => d.Scheduling),
        (MailCue.SignatureLine, "signatureLines", d => d.SignatureLines),
        (MailCue.Disclaimer, "disclaimers", d => d.Disclaimers),
        (MailCue.QuoteSeparator, "quoteSeparators", d => d.QuoteSeparators),
        (MailCue.HeaderFrom, "headerFrom", d => d.HeaderFrom),
        (MailCue.HeaderField, "headerFields", d => d.HeaderFields),
        (MailCue.ReplyStart, "replyStarts", d => d.ReplyStarts),
        (MailCue.ReplyVerb, "replyVerbs", d => d.ReplyVerbs),
        (MailCue.StatusLabel, "statusLabels", d => d.StatusLabels),
        (MailCue.LabelWord, "labelWords", d => d.LabelWords),
        (MailCue.NoteField, "noteFields", d => d.NoteFields),
        (MailCue.Question, "questions", d => d.Questions),
        (MailCue.ListWord, "listWords", d => d.ListWords),
        (MailCue.OtherSection, "otherSections", d => d.OtherSections),
        (MailCue.NotWorkload, "notWorkloads", d => d.NotWorkloads),
        (MailCue.Request, "requests", d => d.Requests),
        (MailCue.NextStep, "nextSteps", d => d.NextSteps),
        (MailCue.Remark, "remarks", d => d.Remarks),
        (MailCue.Offering, "offerings", d => d.Offerings),
        (MailCue.NoteTalk, "noteTalk", d => d.NoteTalk),
        (MailCue.NoteIntro, "noteIntros", d => d.NoteIntros),
        (MailCue.Customer, "customerWords", d => d.CustomerWords),
        (MailCue.Duration, "durations", d => d.Durations),
        (MailCue.AllWorkloads, "allWorkloads", d => d.AllWorkloads),
    ];

    private readonly Dictionary<MailCue, List<PhrasePattern>> _lists = new();

    public IReadOnlyList<PhrasePattern> this[MailCue cue] => _lists[cue];

    /// <summary>Adds a pack file's "mail" section (the base pack's or an overlay's) to the lists merged so far.</summary>
    public void Add(RulePackFile file, MailWordsDocument document)
    {
        foreach (var (cue, name, list) in Sections)
        {
            var phrases = list(document);
            if (phrases is null)
            {
                continue;
            }

            if (!_lists.TryGetValue(cue, out var patterns))
            {
                _lists[cue] = patterns = new List<PhrasePattern>();
            }

            for (var i = 0; i < phrases.Count; i++)
            {
                if (!PhrasePattern.TryParse(phrases[i], out var pattern, out var error))
                {
                    throw file.Error($"mail.{name}[{i}]", error);
                }

                patterns.Add(pattern);
            }
        }
    }

    /// <summary>Every list must exist once the layers are merged (possibly empty): the reader needs each.</summary>
    public MailWords Complete(RulePackFile baseFile)
    {
        foreach (var (cue, name, _) in Sections)
        {
            if (!_lists.ContainsKey(cue))
            {
                throw baseFile.Error(_lists.Count == 0 ? "" : "mail", _lists.Count == 0
                    ? "the pack needs a \"mail\" section (the mail reader's word lists)"
                    : $"the mail word list \"{name}\" is missing (the mail reader needs it, even if empty)");
            }
        }

        return this;
    }
}
