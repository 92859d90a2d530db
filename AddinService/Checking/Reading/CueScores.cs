namespace NoteAddin.Checking.Reading;

/// <summary>Summed weights of the status cues a note satisfied, per status ("NotProceeding": "will not deploy").</summary>
public readonly record struct CueScores(double InProgress, double Blocked, double NoIntent, double Unknown, double Duplicate, double NotProceeding)
{
    /// <summary>Cue weight at which a status counts as stated outright rather than hinted.</summary>
    public const double Stated = 2;

    public double BlockedFamily => Blocked + NoIntent + NotProceeding;

    /// <summary>The note says outright that the customer is blocked or has decided against the service.</summary>
    public bool StatesBlockedOrNoIntent => Blocked >= Stated || NoIntent >= Stated;
}
