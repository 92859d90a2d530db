namespace NoteAddin.Checking.Model;

/// <summary>The seed's verdict on a note: the worst severity among its findings.</summary>
public enum Grade
{
    Good,
    Incomplete,
    Bad,
}
