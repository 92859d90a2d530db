using NoteAddin.Checking.Packs;

namespace NoteAddin.Checking.Mail;

/// <summary>A phrase of the packs' mail word lists found in the mail: which list, and its span in the text.</summary>
internal readonly record struct CueMatch(MailCue Cue, int Start, int End);

/// <summary>A workload named in the mail (<see cref="Workload"/> indexes the catalogue's names), or a name that
/// only looks like one ("Office 365", "Teams-Meeting": <see cref="Workload"/> is <see cref="WorkloadCatalogue.NotAWorkload"/>).</summary>
internal readonly record struct WorkloadMention(int Workload, int Start, int End)
{
    public bool IsWorkload => Workload >= 0;
}
