using System.Text.Json;

namespace NewsBot.Admin;

/// <summary>
/// Where each value of a JSON text is (UTF-8 byte offsets), read with comments and trailing commas allowed: enough
/// to insert into an array or object while leaving every other byte of the file as it was.
/// </summary>
public sealed class JsonSpan
{
    public JsonTokenType Kind { get; private init; }
    /// <summary>Offset of the value's first byte ('{', '[', '"', digit...).</summary>
    public int Start { get; private init; }
    /// <summary>Offset just after the value (after '}' or ']' for containers).</summary>
    public int End { get; private set; }
    /// <summary>Offset of the property name's opening quote when this value is an object member.</summary>
    public int NameStart { get; private init; } = -1;
    public string? Name { get; private init; }
    public string? StringValue { get; private set; }
    public List<JsonSpan> Children { get; } = [];

    public bool IsObject => Kind == JsonTokenType.StartObject;
    public bool IsArray => Kind == JsonTokenType.StartArray;

    public JsonSpan? Property(string name) => IsObject ? Children.FirstOrDefault(c => c.Name == name) : null;

    /// <summary>The map of a whole document; throws <see cref="JsonException"/> on a syntax error.</summary>
    public static JsonSpan Parse(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!reader.Read())
            throw new JsonException("empty document");
        return ReadValue(ref reader, null, -1);
    }

    private static JsonSpan ReadValue(ref Utf8JsonReader reader, string? name, int nameStart)
    {
        var span = new JsonSpan { Kind = reader.TokenType, Start = (int)reader.TokenStartIndex, Name = name, NameStart = nameStart };
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var childNameStart = (int)reader.TokenStartIndex;
                var childName = reader.GetString();
                reader.Read();
                span.Children.Add(ReadValue(ref reader, childName, childNameStart));
            }
        }
        else if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                span.Children.Add(ReadValue(ref reader, null, -1));
        }
        else if (reader.TokenType == JsonTokenType.String)
        {
            span.StringValue = reader.GetString();
        }
        span.End = (int)reader.BytesConsumed;
        return span;
    }

    public override string ToString() => $"{Kind} {Name} [{Start}..{End})";
}
