using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NoteAddin.Checking.Packs;

/// <summary>One parsed pack file, with its JSON tree kept so later checks can point at a line and column.</summary>
public sealed class RulePackFile
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        // A misspelt key ("phrase" for "phrases") would otherwise be ignored silently and the pack half-loaded.
        MissingMemberHandling = MissingMemberHandling.Error,
    });

    private readonly JObject _root;

    private RulePackFile(string name, JObject root, RulePackDocument document)
    {
        Name = name;
        _root = root;
        Document = document;
    }

    /// <summary>The file name shown in errors (no directory: machine paths mean nothing elsewhere).</summary>
    public string Name { get; }

    public RulePackDocument Document { get; }

    public static RulePackFile Parse(string name, string json)
    {
        JObject root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json));
            root = JObject.Load(reader, new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
            });
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                throw new RulePackException(name, reader.LineNumber, reader.LinePosition, "unexpected content after the end of the pack");
            }
        }
        catch (JsonReaderException e)
        {
            throw new RulePackException(name, e.LineNumber, e.LinePosition, FirstSentence(e.Message), e);
        }

        try
        {
            using var tokenReader = new JTokenReader(root);
            var document = Serializer.Deserialize<RulePackDocument>(tokenReader)
                ?? throw new RulePackException(name, 1, 1, "the pack is empty");
            return new RulePackFile(name, root, document);
        }
        catch (JsonSerializationException e)
        {
            var (line, column) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition) : Position(root, e.Path);
            throw new RulePackException(name, line, column, FirstSentence(e.Message), e);
        }
    }

    public static RulePackFile Load(string path) => Parse(Path.GetFileName(path), File.ReadAllText(path));

    /// <summary>An error about the element at <paramref name="path"/> (a JSONPath such as "statusCues[2].all[0]").</summary>
    public RulePackException Error(string path, string problem)
    {
        var (line, column) = Position(_root, path);
        return new RulePackException(Name, line, column, problem);
    }

    private static (int Line, int Column) Position(JToken root, string? path)
    {
        var token = string.IsNullOrEmpty(path) ? root : root.SelectToken(path, errorWhenNoMatch: false) ?? root;
        return token is IJsonLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (1, 1);
    }

    // Newtonsoft appends "Path '…', line 3, position 7." — we report the position ourselves.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd('.', ' ') : message;
    }
}
