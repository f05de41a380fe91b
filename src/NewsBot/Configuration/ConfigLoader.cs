using System.Reflection;
using System.Text.Json;

namespace NewsBot.Configuration;

/// <summary>
/// Reads newsbot.json (comments and trailing commas allowed) into <see cref="NewsBotConfig"/>, collecting every
/// syntax error, unknown key and wrongly typed value by JSON path instead of stopping at the first.
/// </summary>
public static class ConfigLoader
{
    public const string FileName = "newsbot.json";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static (NewsBotConfig? Config, List<ConfigError> Errors) LoadFile(string path)
    {
        if (!File.Exists(path))
            return (null, [new ConfigError("$", $"file {path} not found; create it (see config/newsbot.json in the repository) or pass --config DIR")]);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            return (null, [new ConfigError("$", $"cannot read {path}: {ex.Message}")]);
        }
        return Load(text);
    }

    public static (NewsBotConfig? Config, List<ConfigError> Errors) Load(string json)
    {
        var errors = new List<ConfigError>();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return (null, [new ConfigError("$", $"not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}): fix the syntax near there")]);
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return (null, [new ConfigError("$", "the file must hold one JSON object with feeds, topics, channels and subscriptions")]);
            CheckKeys(doc.RootElement, typeof(NewsBotConfig), "", errors);
            var config = new NewsBotConfig
            {
                Schema = doc.RootElement.TryGetProperty("$schema", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null,
                Feeds = ReadList<FeedConfig>(doc.RootElement, "feeds", errors),
                Topics = ReadList<TopicConfig>(doc.RootElement, "topics", errors),
                Channels = ReadList<ChannelConfig>(doc.RootElement, "channels", errors),
                Subscriptions = ReadList<SubscriptionConfig>(doc.RootElement, "subscriptions", errors),
            };
            return (config, errors);
        }
    }

    private static List<T> ReadList<T>(JsonElement root, string name, List<ConfigError> errors)
    {
        var list = new List<T>();
        if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
            return list;
        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new ConfigError(name, "must be a list ([ ... ])"));
            return list;
        }
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = $"{name}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new ConfigError(path, "must be an object ({ ... })"));
                continue;
            }
            try
            {
                list.Add(item.Deserialize<T>(Options)!);
            }
            catch (JsonException ex)
            {
                var field = ex.Path is { Length: > 2 } p ? p[2..] : "";
                errors.Add(new ConfigError(field.Length > 0 ? $"{path}.{field}" : path, "has a value of the wrong type: " + ExpectedType(typeof(T), field)));
            }
        }
        return list;
    }

    private static string ExpectedType(Type type, string field)
    {
        var prop = type.GetProperty(field, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        var t = prop?.PropertyType;
        if (t is null) return "check the value";
        t = Nullable.GetUnderlyingType(t) ?? t;
        if (t == typeof(int)) return "expected a whole number";
        if (t == typeof(bool)) return "expected true or false";
        if (t == typeof(string)) return "expected a string in quotes";
        return "expected a list of strings";
    }

    /// <summary>Every key must name a property of the options class: a misspelt key is an error, not silently ignored.</summary>
    private static void CheckKeys(JsonElement element, Type type, string path, List<ConfigError> errors)
    {
        var props = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite)
            .ToDictionary(p => JsonName(p), p => p, StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var here = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            if (!props.TryGetValue(property.Name, out var prop))
            {
                var near = props.Keys.FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
                errors.Add(new ConfigError(here, near is null
                    ? $"unknown key; allowed here: {string.Join(", ", props.Keys.Order(StringComparer.Ordinal))}"
                    : $"unknown key; did you mean '{near}'?"));
                continue;
            }
            var itemType = prop.PropertyType.IsGenericType ? prop.PropertyType.GetGenericArguments()[0] : null;
            if (itemType is not null && itemType.IsClass && itemType != typeof(string) && property.Value.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in property.Value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                        CheckKeys(item, itemType, $"{here}[{i}]", errors);
                    i++;
                }
            }
        }
    }

    private static string JsonName(PropertyInfo p) =>
        p.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name);
}
