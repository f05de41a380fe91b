using System.Globalization;
using System.Text.Json;

namespace NewsBot.Core.Stories.Clustering;

/// <summary>
/// Reads one JSON line {"id","title","outlet","published","summary"?,"text"?} into a <see cref="ClusterItem"/>.
/// A published value without a time of day, or at midnight without a zone, is taken as a bare date.
/// Never throws: bad input comes back as an error message.
/// </summary>
public static class ClusterItemJson
{
    public static bool TryParse(string line, out ClusterItem? item, out string? error)
    {
        item = null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Fail("not a JSON object", out error);
            var id = Text(root, "id");
            if (string.IsNullOrWhiteSpace(id))
                return Fail("missing \"id\"", out error);
            var published = Text(root, "published");
            if (!TryParseTime(published, out var when, out var dateOnly))
                return Fail($"item {id}: \"published\" is missing or not a date ({published ?? "null"})", out error);
            item = new ClusterItem(id, Text(root, "title") ?? "", Text(root, "outlet") ?? "", when,
                Text(root, "summary"), Text(root, "text"), dateOnly);
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            return Fail("not JSON: " + e.Message, out error);
        }
    }

    /// <summary>ISO 8601 (with or without zone; no zone means UTC) or a plain date.</summary>
    public static bool TryParseTime(string? value, out DateTimeOffset when, out bool dateOnly)
    {
        when = default;
        dateOnly = false;
        if (string.IsNullOrWhiteSpace(value))
            return false;
        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, styles, out when))
            return false;
        var trimmed = value.Trim();
        var timeAt = trimmed.IndexOf('T', StringComparison.Ordinal);
        if (timeAt < 0)
            timeAt = trimmed.IndexOf(' ', StringComparison.Ordinal);
        var hasTime = timeAt > 0;
        var hasZone = hasTime && (trimmed.EndsWith('Z') || trimmed.IndexOfAny(['+', '-'], timeAt) > 0);
        dateOnly = !hasTime || (!hasZone && when.TimeOfDay == TimeSpan.Zero);
        return true;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }
}
