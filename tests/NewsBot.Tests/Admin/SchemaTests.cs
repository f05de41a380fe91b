using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBot.Configuration;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Admin;

public class SchemaTests
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly JsonDocument SchemaDocument = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Config, "newsbot.schema.json")));

    private static MiniJsonSchema Schema => new(SchemaDocument.RootElement);

    [Fact]
    public void Every_option_property_is_in_the_schema_with_a_description_and_no_other_key_is()
    {
        var problems = new List<string>();
        CompareObject(typeof(NewsBotConfig), SchemaDocument.RootElement, "$", problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_shipped_config_is_valid_against_the_schema()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Config, "newsbot.json")), Lenient);
        Assert.Equal("./newsbot.schema.json", config.RootElement.GetProperty("$schema").GetString());
        Assert.Empty(Schema.Validate(config.RootElement));
    }

    [Fact]
    public void The_schema_names_each_mistake_of_a_broken_config()
    {
        using var config = JsonDocument.Parse("""
            {
              "feeds": [ { "id": "Bad Id", "url": "https://example.org/a.xml", "intervalMinutes": 0, "colour": "red" } ],
              "topics": [ { "name": "syria", "keywords": [] } ],
              "channels": [ { "platform": "irc", "id": "main" } ],
              "subscriptions": [ { "channel": "console:main", "topic": "syria", "cadence": "weekly", "silent": "yes" } ],
              "feedz": []
            }
            """);
        var errors = Schema.Validate(config.RootElement);
        foreach (var expected in new[]
                 {
                     "$.feeds[0].id:", "$.feeds[0].intervalMinutes: below", "$.feeds[0].colour: not allowed", "$.topics[0].keywords: fewer than",
                     "$.channels[0].platform:", "$.subscriptions[0].cadence:", "$.subscriptions[0].silent: expected", "$.feedz: not allowed",
                 })
        {
            Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
        }
    }

    /// <summary>The schema and the start-up validation agree on ids, names, platforms and cadences.</summary>
    [Theory]
    [InlineData("reuters_world-2", "syria", "console", "instant")]
    [InlineData("A", "syria", "console", "instant")]
    [InlineData("-a", "syria", "console", "instant")]
    [InlineData("a b", "syria", "console", "instant")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "syria", "console", "instant")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "syria", "console", "instant")]
    [InlineData("a", "syria-2024", "console", "instant")]
    [InlineData("a", "Syria", "console", "instant")]
    [InlineData("a", "syria", "slack", "instant")]
    [InlineData("a", "syria", "console", "daily 8:05")]
    [InlineData("a", "syria", "console", "daily")]
    [InlineData("a", "syria", "console", "daily 24:00")]
    [InlineData("a", "syria", "console", "hourly")]
    [InlineData("a", "syria", "console", "weekly")]
    public void The_schema_and_the_validator_agree(string feedId, string topic, string platform, string cadence)
    {
        var json = $$"""
            {
              "feeds": [ { "id": "{{feedId}}", "url": "https://example.org/a.xml" } ],
              "topics": [ { "name": "{{topic}}", "keywords": ["Syria"] } ],
              "channels": [ { "platform": "{{platform}}", "id": "main" } ],
              "subscriptions": [ { "channel": "{{platform}}:main", "topic": "{{topic}}", "cadence": "{{cadence}}" } ]
            }
            """;
        using var doc = JsonDocument.Parse(json);
        var schemaErrors = Schema.Validate(doc.RootElement);
        var (config, loadErrors) = ConfigLoader.Load(json);
        var validatorErrors = loadErrors.Concat(config is null ? [] : ConfigValidator.Validate(config, Path.GetTempPath())).ToList();
        Assert.True(schemaErrors.Count == 0 == (validatorErrors.Count == 0),
            $"schema: [{string.Join("; ", schemaErrors)}] validator: [{string.Join("; ", validatorErrors)}]");
    }

    private static void CompareObject(Type type, JsonElement schemaNode, string path, List<string> problems)
    {
        var node = Schema.Resolve(schemaNode);
        if (!node.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False)
            problems.Add($"{path}: additionalProperties must be false");
        var declared = node.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).ToList();
        foreach (var property in settable)
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!declared.TryGetValue(name, out var propertySchema))
            {
                problems.Add($"{path}.{name}: {type.Name}.{property.Name} is not in the schema");
                continue;
            }
            if (!propertySchema.TryGetProperty("description", out var description) || string.IsNullOrWhiteSpace(description.GetString()))
                problems.Add($"{path}.{name}: no description");
            var expected = JsonType(property.PropertyType);
            var resolved = Schema.Resolve(propertySchema);
            if (resolved.GetProperty("type").GetString() != expected)
                problems.Add($"{path}.{name}: schema type {resolved.GetProperty("type")} but {type.Name}.{property.Name} is {expected}");
            var item = property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>)
                ? property.PropertyType.GetGenericArguments()[0]
                : null;
            if (item is not null && item != typeof(string))
                CompareObject(item, resolved.GetProperty("items"), $"{path}.{name}[]", problems);
        }
        var names = settable.Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToHashSet();
        foreach (var extra in declared.Keys.Where(k => !names.Contains(k)))
            problems.Add($"{path}.{extra}: in the schema but not a property of {type.Name}");
    }

    private static string JsonType(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string)) return "string";
        if (t == typeof(int)) return "integer";
        if (t == typeof(bool)) return "boolean";
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>)) return "array";
        return "object";
    }
}
