namespace NoteAddin.Checking.Mail;

/// <summary>What a line of the mail is. Only <see cref="Content"/> lines can hold notes.</summary>
internal enum LineKind
{
    Blank,
    Quoted,
    Greeting,
    SignOff,
    Signature,
    Disclaimer,

    /// <summary>A part that is not notes ("Nächste Schritte:", "Open points:") and its lines up to the next blank line.</summary>
    Aside,
    Content,
}

/// <summary>A classified line; for content after a greeting on the same line ("Hallo Max, hier…") Start is after the greeting.</summary>
internal readonly record struct ClassifiedLine(LineKind Kind, int Start, int End);
