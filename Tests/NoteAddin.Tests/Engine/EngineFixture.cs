using NoteAddin.Checking;
using NoteAddin.Checking.Packs;

namespace NoteAddin.Tests.Engine;

/// <summary>The shipped rule packs, compiled once for all engine tests.</summary>
internal static class EngineFixture
{
    private static readonly Lazy<NoteChecker> Shared = new(() =>
        NoteEngineFactory.Create());

    public static NoteChecker Checker => Shared.Value;

    public static BatchChecker Batch => new(Checker);
}
