using System.Collections.Frozen;

namespace NoteAddin.Checking.Rules;

/// <summary>
/// Every rule, found once in this assembly: each class implementing <see cref="INoteRule"/> or
/// <see cref="ICrossNoteRule"/> is a rule, with the id and severity it declares. Nothing else lists rules, so adding
/// one is adding its class (and its words and examples in every pack, which the pack loader insists on).
/// </summary>
public static class RuleCatalog
{
    /// <summary>Every rule, the gravest first, then by id (the order of GET /api/rules).</summary>
    public static IReadOnlyList<IRule> All { get; }

    /// <summary>The rules about one note.</summary>
    public static IReadOnlyList<INoteRule> PerNote { get; }

    /// <summary>The rules about several notes together.</summary>
    public static IReadOnlyList<ICrossNoteRule> CrossNote { get; }

    private static readonly FrozenDictionary<string, IRule> ById;

    static RuleCatalog()
    {
        var rules = typeof(IRule).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRule).IsAssignableFrom(t))
            .Select(t => (IRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Severity).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
        var twice = rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new InvalidOperationException($"two rule classes declare the id \"{twice.Key}\": {string.Join(", ", twice.Select(r => r.GetType().Name))}");
        }

        All = rules;
        PerNote = rules.OfType<INoteRule>().ToArray();
        CrossNote = rules.OfType<ICrossNoteRule>().ToArray();
        ById = rules.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public static bool IsKnown(string id) => ById.ContainsKey(id);
}
