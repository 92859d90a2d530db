using NoteAddin.Checking.Model;
using NoteAddin.Checking.Reading;

namespace NoteAddin.Checking.Rules;

/// <summary>
/// The note moves another workload's content ("Migration ist nicht auf Office ProPlus anwendbar"): mailbox moves in a
/// Microsoft 365 Apps note, home drives in a Viva note. A note that also names its own workload's things is left
/// alone — it may well mention a dependency — and so is one that merely names another product: measured against the
/// corpus writers' labels, "any other workload's word" fired wrongly about seventeen times for every right time
/// ("the SIEM and endpoint tools", "Conditional Access" in an Entra note, "intranet articles").
/// </summary>
public sealed class WorkloadMismatchRule : INoteRule
{
    public string Id => "workload-mismatch";

    public Severity Severity => Severity.Warning;

    public void Check(NoteReading reading, FindingSink sink)
    {
        // An unreachable customer's note fits every workload (seed FAQ); its mail and Teams calls are channels.
        if (reading.Workload is not { } workload || reading.Has(workload.ConceptCategory) || reading.Status == NoteStatus.Unknown
            || !MovesContent(reading))
        {
            return;
        }

        foreach (var other in reading.Pack.Workloads)
        {
            if (other != workload && reading.Has(other.ConceptCategory))
            {
                sink.Add(this, reading.First(other.ConceptCategory));
                return;
            }
        }
    }

    private static bool MovesContent(NoteReading reading)
    {
        foreach (var reason in reading.Pack.Reasons)
        {
            if (reason.MovesContent && reading.Has(reason.Category))
            {
                return true;
            }
        }

        return false;
    }
}
