using System.Text.Json.Nodes;

namespace NewsBot.Tests.Discord;

/// <summary>INTERACTION_CREATE payloads as Discord sends them.</summary>
internal static class DiscordPayloads
{
    private static int next;

    public const string Guild = "800000000000000001";
    public const string Channel = "810000000000000001";

    public static JsonObject Command(string name, IEnumerable<(string Name, object Value)> options, string? permissions = "0", bool inGuild = true, int type = 2, string? focused = null)
    {
        var id = Interlocked.Increment(ref next);
        var optionArray = new JsonArray(options.Select(o => (JsonNode)new JsonObject
        {
            ["name"] = o.Name,
            ["type"] = o.Value is int ? 4 : 3,
            ["value"] = JsonValue.Create(o.Value),
            ["focused"] = o.Name == focused ? true : null,
        }).ToArray<JsonNode?>());
        var user = new JsonObject { ["id"] = "820000000000000001", ["username"] = "reader" };
        var interaction = new JsonObject
        {
            ["id"] = $"83000000000000{id:0000}",
            ["application_id"] = "900000000000000001",
            ["type"] = type,
            ["token"] = $"interaction-token-{id}-{Guid.NewGuid():N}",
            ["version"] = 1,
            ["channel_id"] = Channel,
            ["data"] = new JsonObject { ["id"] = "840000000000000001", ["name"] = name, ["type"] = 1, ["options"] = optionArray },
        };
        if (inGuild)
        {
            interaction["guild_id"] = Guild;
            interaction["member"] = new JsonObject { ["user"] = user, ["permissions"] = permissions };
        }
        else
        {
            interaction["user"] = user;
        }
        return interaction;
    }
}
