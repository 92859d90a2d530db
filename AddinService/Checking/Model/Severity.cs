namespace NoteAddin.Checking.Model;

/// <summary>Error makes a note Bad, Warning makes it Incomplete, Info never changes the grade.</summary>
public enum Severity
{
    Error,
    Warning,
    Info,
}
