using System.Globalization;
using NoteAddin.Checking.Model;

namespace NoteAddin.Checking.Mail;

/// <summary>
/// Checks a whole mail: the mail reader finds the notes, each is checked as a note of its workload (its language
/// detected on its own), and notes pasted for several workloads are reported — by <see cref="BatchChecker"/>,
/// so the mail finds copies exactly as the audit does. Thread-safe; build one and share it.
/// </summary>
public sealed class MailChecker
{
    /// <summary>A mail is one customer's: its notes are one tenant's for the copy-paste search.</summary>
    private const string MailTenant = "mail";

    private readonly NoteChecker _checker;
    private readonly BatchChecker _batch;

    public MailChecker(NoteChecker checker, BatchChecker batch)
    {
        _checker = checker;
        _batch = batch;
        Reader = new MailReader(checker.Packs);
    }

    public MailReader Reader { get; }

    public MailResult Check(MailInput input) => Check(Reader.Read(input));

    /// <summary>Checks what <see cref="MailReader.Read"/> found (the API looks at the number of candidates first).</summary>
    public MailResult Check(MailReading reading)
    {
        var notes = Notes(reading);
        var names = Reader.Catalogue.Names;
        var batch = _batch.Check(notes.Select((n, i) => new BatchNote(
            i.ToString(CultureInfo.InvariantCulture),
            reading.Text[n.Start..n.End],
            n.Workload >= 0 ? names[n.Workload] : null,
            MailTenant)).ToArray());

        var results = new MailNote[notes.Count];
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i];
            results[i] = new MailNote(note.Start, note.End - note.Start, note.Workload >= 0 ? names[note.Workload] : null, note.Workload >= 0 ? note.Source : null, batch.Results[i].Result);
        }

        var cross = batch.CrossFindings
            .Select(f => new MailCrossFinding(f.RuleId, f.Ids.Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToArray(), f.Message))
            .ToArray();
        return new MailResult(reading.Language, reading.FromHtml ? reading.Text : null, results, cross);
    }

    /// <summary>
    /// Which candidates are notes. Labelled lines, headings and table rows always are. A paragraph that names a
    /// workload is one when it states something the note reader can read a status from ("Wir haben über Teams
    /// gesprochen" states none). Sentences naming no workload make one note only when the mail holds no other — the
    /// mail about one workload, named in the subject if anywhere — and the mail introduces them as the note or they
    /// speak of the customer.
    /// </summary>
    private List<(int Start, int End, int Workload, WorkloadSource Source)> Notes(MailReading reading)
    {
        var notes = new List<(int Start, int End, int Workload, WorkloadSource Source)>();
        var loose = new List<NoteCandidate>();
        foreach (var candidate in reading.Candidates)
        {
            switch (candidate.Form)
            {
                case CandidateForm.Loose:
                    loose.Add(candidate);
                    break;
                case CandidateForm.Running:
                    if (StatesSomething(reading, candidate))
                    {
                        notes.Add((candidate.Start, candidate.End, candidate.Workload, WorkloadSource.Text));
                    }

                    break;
                default:
                    notes.Add((candidate.Start, candidate.End, candidate.Workload, WorkloadSource.Label));
                    break;
            }
        }

        var subject = reading.SubjectWorkload;
        if (notes.Count == 0)
        {
            // A mail about one workload, named in the subject if anywhere: its one note is the statement the mail
            // introduces as the note, else the first that speaks of the customer, or any in a mail whose subject is a
            // workload's status ("Status Intune – Contoso"). Statements about anything else — travel plans, slides,
            // leave — are the mail's own business.
            NoteCandidate? chosen = null;
            foreach (var candidate in loose)
            {
                if ((candidate.Introduced || candidate.AboutCustomer || (subject >= 0 && reading.SubjectIsStatus)) && StatesSomething(reading, candidate))
                {
                    if (candidate.Introduced)
                    {
                        chosen = candidate;
                        break;
                    }

                    chosen ??= candidate;
                }
            }

            if (chosen is { } note)
            {
                notes.Add((note.Start, note.End, subject, WorkloadSource.Subject));
            }
        }
        else if (notes is [{ Source: WorkloadSource.Text } only] && subject >= 0 && only.Workload != subject && !reading.BodyNamesSubjectWorkload)
        {
            // "Betreff: Status Intune — Der Kunde ist blockiert, bis Entra ID synchronisiert": the subject names the
            // note's workload; the sentence names a dependency.
            notes[0] = (only.Start, only.End, subject, WorkloadSource.Subject);
        }

        return notes;
    }

    // A sentence states something when the reader reads a status in it, or the pack's cue words alone do: one the
    // model cannot place ("bei Intune sind wir weiterhin blockiert, da … MobileIron …") is still a note to show the
    // writer — checked, it says status-unclear — not one to skip.
    private bool StatesSomething(MailReading reading, NoteCandidate candidate)
    {
        if (candidate.End - candidate.Start > NoteChecker.MaxNoteLength)
        {
            return false;
        }

        var note = _checker.Read(new NoteInput(reading.Text[candidate.Start..candidate.End]));
        return note.Status != NoteStatus.Undetermined || note.CueStatus != NoteStatus.Undetermined;
    }
}
