namespace NoteAddin.Checking.Packs;

/// <summary>
/// The pack's "mail" section: the words the mail reader tells a mail's parts by — greetings, sign-offs, small talk,
/// scheduling, signatures, disclaimers, reply and forward headers, status labels. Phrases use the pack's phrase
/// syntax ("sehr geehrte*"); an overlay adds to the lists of the pack it extends.
/// </summary>
public sealed class MailWordsDocument
{
    /// <summary>A line opening with one ("Hallo Max,", "Dear Anna,") greets; it is never a note.</summary>
    public List<string>? Greetings { get; set; }

    /// <summary>A short line opening with one ("Viele Grüße", "Best regards,") ends the mail: the signature follows.</summary>
    public List<string>? SignOffs { get; set; }

    /// <summary>A sentence opening with one ("I hope you are well", "Anbei …") is talk around the notes.</summary>
    public List<string>? SmallTalk { get; set; }

    /// <summary>A sentence opening with one ("Können wir …", "Our next call …") arranges a meeting.</summary>
    public List<string>? Scheduling { get; set; }

    /// <summary>A line opening with one ("Tel.:", "Sent from my iPhone", "www") belongs to a signature.</summary>
    public List<string>? SignatureLines { get; set; }

    /// <summary>A line holding one ("intended recipient", "Sitz der Gesellschaft") starts a disclaimer paragraph.</summary>
    public List<string>? Disclaimers { get; set; }

    /// <summary>A line opening with one, after dashes or underscores ("-----Original Message-----"), starts the quoted thread.</summary>
    public List<string>? QuoteSeparators { get; set; }

    /// <summary>The first field of a reply or forward header ("Von:", "From:").</summary>
    public List<string>? HeaderFrom { get; set; }

    /// <summary>The fields that follow it ("Gesendet:", "Sent:", "An:", "Betreff:").</summary>
    public List<string>? HeaderFields { get; set; }

    /// <summary>How a client's one-line reply header opens ("On …", "Am …").</summary>
    public List<string>? ReplyStarts { get; set; }

    /// <summary>The verb of that line ("… wrote:", "… schrieb …:").</summary>
    public List<string>? ReplyVerbs { get; set; }

    /// <summary>Portal statuses and the words people put in a status column ("In Bearbeitung", "Blocked", "done").</summary>
    public List<string>? StatusLabels { get; set; }

    /// <summary>Words a workload label may carry besides the workload ("Status", "Stand", "zu", "for").</summary>
    public List<string>? LabelWords { get; set; }

    /// <summary>Field names that introduce the note itself in a key-value block ("Notiz: …", "Note: …", "Kommentar: …").</summary>
    public List<string>? NoteFields { get; set; }

    /// <summary>A sentence holding one asks rather than states ("the customer asked whether …", "fragt, ob …").</summary>
    public List<string>? Questions { get; set; }

    /// <summary>Words that join a list ("Exchange Online und SharePoint", "Teams, Intune"): a sentence listing workloads talks about them all, it is no note.</summary>
    public List<string>? ListWords { get; set; }

    /// <summary>Headings of parts that are not notes ("Nächste Schritte:", "Open points:"): their lines are skipped.</summary>
    public List<string>? OtherSections { get; set; }

    /// <summary>Names that contain a workload's alias but are not a workload ("Office 365", "Home Office", "Teams-Meeting").</summary>
    public List<string>? NotWorkloads { get; set; }

    /// <summary>A sentence holding one, anywhere, asks the reader for something ("bitte", "sag gern Bescheid", "let me
    /// know", "it would help if"): it is talk around the notes, never a note.</summary>
    public List<string>? Requests { get; set; }

    /// <summary>A sentence holding one, anywhere, is the writer's own next step, offer, proposal or absence ("würde ich",
    /// "schlage ich … vor", "I'll send", "I'd suggest", "bin ich im Urlaub"): talk around the notes, never a note.</summary>
    public List<string>? NextSteps { get; set; }

    /// <summary>A sentence holding one, anywhere, is a remark to the reader: thanks, congratulations, good wishes,
    /// what the reader knows already ("vielen Dank", "herzlichen Glückwunsch", "great news", "übrigens", "wie Sie ja
    /// wissen", "as you know"). Talk around the notes, never a note.</summary>
    public List<string>? Remarks { get; set; }

    /// <summary>A sentence holding one, anywhere, explains what FastTrack or a licence offers ("FastTrack kann …",
    /// "kostenfrei", "comes with E5", "you'd need"): it says nothing about what the customer will do.</summary>
    public List<string>? Offerings { get; set; }

    /// <summary>Words about the status note itself ("Portalnotiz", "im Portal", "the tracker", "eingetragen", "noted").
    /// Before a colon they introduce the note that follows ("Fürs Portal: …"); on a line ending in a colon they
    /// announce the note below it; a sentence holding one is no note, and when it names a workload it hands it to the
    /// next sentence ("Bei Intune gibt es einen neuen Stand. Der Rollout …").</summary>
    public List<string>? NoteTalk { get; set; }

    /// <summary>Words that make a clause before a colon introduce the note after it ("Status for the tracker: …",
    /// "Kurzfassung fürs Portal: …", "for our records I've noted: …"), and a line ending in a colon announce the note
    /// below it ("Die Portalnotiz habe ich wie folgt aktualisiert:"). Only such a clause is cut off a sentence.</summary>
    public List<string>? NoteIntros { get; set; }

    /// <summary>Words a note names its customer by ("der Kunde", "the customer", "Managed Account"). A statement that
    /// names no workload, in a mail whose subject names none either, is a note only when it speaks of the customer
    /// or was announced as one — otherwise it is the mail's own business (travel plans, slides, leave).</summary>
    public List<string>? CustomerWords { get; set; }

    /// <summary>Units of time in an agenda item's parenthesis ("(15 Min.)", "(10 minutes)"); "(09:15)" needs none.
    /// A line ending in such a parenthesis is an agenda item, never a note.</summary>
    public List<string>? Durations { get; set; }

    /// <summary>Labels that stand for every workload of the tenant ("Alle Workloads: …", "All workloads: …"): a note
    /// without a workload of its own.</summary>
    public List<string>? AllWorkloads { get; set; }
}
