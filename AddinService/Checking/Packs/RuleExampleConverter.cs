using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NoteAddin.Checking.Packs;

/// <summary>Reads a rule example written either as "text" or as {"text": "…", "workload": "…"}.</summary>
internal sealed class RuleExampleConverter : JsonConverter<RuleExampleDocument>
{
    public override bool CanWrite => false;

    public override RuleExampleDocument ReadJson(JsonReader reader, Type objectType, RuleExampleDocument? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.String)
        {
            return new RuleExampleDocument { Text = (string)reader.Value! };
        }

        if (reader.TokenType != JsonToken.StartObject)
        {
            throw new JsonSerializationException("a rule example must be a string or an object with \"text\"");
        }

        var obj = JObject.Load(reader);
        var text = obj["text"];
        if (text is null || text.Type != JTokenType.String)
        {
            throw new JsonSerializationException("a rule example object needs a string \"text\"");
        }

        return new RuleExampleDocument { Text = (string)text!, Workload = (string?)obj["workload"] };
    }

    public override void WriteJson(JsonWriter writer, RuleExampleDocument? value, JsonSerializer serializer) =>
        throw new NotSupportedException();
}
