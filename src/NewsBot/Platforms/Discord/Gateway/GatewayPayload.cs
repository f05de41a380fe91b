using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Platforms.Discord.Gateway;

/// <summary>The gateway envelope {op, d, s, t}; <c>s</c> and <c>t</c> are set only for dispatches (op 0).</summary>
internal sealed record GatewayPayload(int Op, JsonElement Data, long? Sequence, string? Type)
{
    public const int Dispatch = 0, Heartbeat = 1, Identify = 2, Resume = 6, Reconnect = 7, InvalidSession = 9, Hello = 10, HeartbeatAck = 11;

    /// <summary>Parses one gateway message; null (never an exception) when it is not a valid envelope.</summary>
    public static GatewayPayload? Parse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            using var doc = JsonDocument.Parse(utf8.ToArray());
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("op", out var op)
                || op.ValueKind != JsonValueKind.Number || !op.TryGetInt32(out var code))
                return null;
            var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
            long? seq = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var n) ? n : null;
            var type = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            return new GatewayPayload(code, data, seq, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string HeartbeatJson(long? seq) =>
        new JsonObject { ["op"] = Heartbeat, ["d"] = seq is { } v ? JsonValue.Create(v) : null }.ToJsonString();

    public static string IdentifyJson(string token, int intents) => new JsonObject
    {
        ["op"] = Identify,
        ["d"] = new JsonObject
        {
            ["token"] = token,
            ["intents"] = intents,
            ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "newsbot", ["device"] = "newsbot" },
        },
    }.ToJsonString();

    public static string ResumeJson(string token, string sessionId, long? seq) => new JsonObject
    {
        ["op"] = Resume,
        ["d"] = new JsonObject { ["token"] = token, ["session_id"] = sessionId, ["seq"] = seq is { } v ? JsonValue.Create(v) : null },
    }.ToJsonString();
}
