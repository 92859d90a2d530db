namespace NoteAddin.Checking.Packs;

/// <summary>The word lists of a pack's "mail" section, as the mail reader refers to them.</summary>
public enum MailCue
{
    Greeting,
    SignOff,
    SmallTalk,
    Scheduling,
    SignatureLine,
    Disclaimer,
    QuoteSeparator,
    HeaderFrom,
    HeaderField,
    ReplyStart,
    ReplyVerb,
    StatusLabel,
    LabelWord,
    NoteField,
    Question,
    ListWord,
    OtherSection,
    NotWorkload,
    Request,
    NextStep,
    Remark,
    Offering,
    NoteTalk,
    NoteIntro,
    Customer,
    Duration,
    AllWorkloads,
}
