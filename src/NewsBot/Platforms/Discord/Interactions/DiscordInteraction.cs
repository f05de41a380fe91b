using System.Globalization;
using System.Text.Json;
using NewsBot.Platforms.Discord.Rest;

namespace NewsBot.Platforms.Discord.Interactions;

/// <summary>An option the user filled in; values are kept as text as typed (integers in invariant form).</summary>
internal sealed record InteractionOption(string Name, string Value, bool Focused);

/// <summary>The parts of an INTERACTION_CREATE the bot uses.</summary>
internal sealed record DiscordInteraction(
    string Id,
    string Token,
    string? ApplicationId,
    int Type,
    string? GuildId,
    string ChannelId,
    string UserId,
    ulong? MemberPermissions,
    string CommandName,
    IReadOnlyList<InteractionOption> Options)
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int Autocomplete = 4;

    /// <summary>Null (never an exception) when the payload lacks what every answer needs (id, token, channel, user).</summary>
    public static DiscordInteraction? Parse(JsonElement d)
    {
        if (d.ValueKind != JsonValueKind.Object)
            return null;
        var id = d.String("id");
        var token = d.String("token");
        var channelId = d.String("channel_id") ?? d.Child("channel")?.String("id");
        var member = d.Child("member");
        var userId = member?.Child("user")?.String("id") ?? d.Child("user")?.String("id");
        if (id is null || token is null || channelId is null || userId is null)
            return null;
        var data = d.Child("data");
        ulong? permissions = ulong.TryParse(member?.String("permissions"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        return new DiscordInteraction(
            id, token, d.String("application_id"), d.Int("type") ?? 0, d.String("guild_id"), channelId, userId, permissions,
            (data?.String("name") ?? "").ToLowerInvariant(), ReadOptions(data?.Child("options")));
    }

    private static List<InteractionOption> ReadOptions(JsonElement? options)
    {
        var list = new List<InteractionOption>();
        if (options is not { ValueKind: JsonValueKind.Array } array)
            return list;
        foreach (var o in array.EnumerateArray())
        {
            var name = o.String("name");
            if (name is null || !o.TryGetProperty("value", out var v))
                continue;
            var value = v.ValueKind switch
            {
                JsonValueKind.String => v.GetString() ?? "",
                JsonValueKind.Number => v.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => "",
            };
            list.Add(new InteractionOption(name, value, o.Bool("focused") == true));
        }
        return list;
    }
}
