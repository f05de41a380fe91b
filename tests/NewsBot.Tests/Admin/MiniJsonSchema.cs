using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsBot.Tests.Admin;

/// <summary>
/// A small JSON Schema (2020-12) validator for the keywords newsbot.schema.json uses: type, required, properties,
/// additionalProperties, items, enum, pattern, minLength, minItems, minimum, maximum and local $ref. Any other
/// validation keyword in the schema is an error, so the schema cannot quietly rely on something unchecked.
/// </summary>
public sealed class MiniJsonSchema(JsonElement root)
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "$defs", "title", "description", "default", "examples"];
    private static readonly HashSet<string> Supported =
        ["type", "required", "properties", "additionalProperties", "items", "enum", "pattern", "minLength", "minItems", "minimum", "maximum", "$ref"];

    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    /// <summary>The schema a local "$ref" ("#/$defs/name") points at.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var r))
        {
            var path = r.GetString()!;
            if (!path.StartsWith("#/", StringComparison.Ordinal))
                throw new NotSupportedException("only local $ref: " + path);
            var target = root;
            foreach (var part in path[2..].Split('/'))
                target = target.GetProperty(part);
            schema = target;
        }
        return schema;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Annotations.Contains(keyword.Name) && !Supported.Contains(keyword.Name))
                throw new NotSupportedException($"schema keyword '{keyword.Name}' is not checked by this validator");
        }
        if (schema.TryGetProperty("$ref", out _))
            Check(Resolve(schema), value, path, errors);
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors.Add($"{path}: expected {type}, found {value.ValueKind}");
            return;
        }
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
            errors.Add($"{path}: {value} is not one of {options}");
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(schema, value, path, errors);
                break;
            case JsonValueKind.Array:
                if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
                    errors.Add($"{path}: fewer than {minItems} items");
                if (schema.TryGetProperty("items", out var items))
                {
                    var i = 0;
                    foreach (var item in value.EnumerateArray())
                        Check(items, item, $"{path}[{i++}]", errors);
                }
                break;
            case JsonValueKind.String:
                var s = value.GetString()!;
                if (schema.TryGetProperty("minLength", out var minLength) && s.Length < minLength.GetInt32())
                    errors.Add($"{path}: shorter than {minLength}");
                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(s, pattern.GetString()!))
                    errors.Add($"{path}: '{s}' does not match {pattern}");
                break;
            case JsonValueKind.Number:
                if (schema.TryGetProperty("minimum", out var min) && value.GetDecimal() < min.GetDecimal())
                    errors.Add($"{path}: below {min}");
                if (schema.TryGetProperty("maximum", out var max) && value.GetDecimal() > max.GetDecimal())
                    errors.Add($"{path}: above {max}");
                break;
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                    errors.Add($"{path}.{name}: required");
            }
        }
        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        foreach (var member in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var memberSchema))
                Check(memberSchema, member.Value, $"{path}.{member.Name}", errors);
            else if (closed)
                errors.Add($"{path}.{member.Name}: not allowed (additionalProperties: false)");
        }
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => TypeMatches(t, value))
        : type.GetString() switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            "null" => value.ValueKind == JsonValueKind.Null,
            var t => throw new NotSupportedException("type " + t),
        };
}
