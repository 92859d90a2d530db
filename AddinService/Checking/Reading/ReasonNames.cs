namespace NoteAddin.Checking.Reading;

/// <summary>The few portal L2 values the reader treats specially (TAXONOMY.md spells them; they never change).</summary>
public static class ReasonNames
{
    public const string NewSubscription = "New Subscription or Workload";
}
