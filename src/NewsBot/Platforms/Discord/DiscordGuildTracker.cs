using System.Collections.Concurrent;
using System.Text.Json;
using NewsBot.Platforms.Discord.Rest;

namespace NewsBot.Platforms.Discord;

/// <summary>Which channels and threads each guild has (from GUILD_CREATE and CHANNEL_*), so a GUILD_DELETE can end them all.</summary>
internal sealed class DiscordGuildTracker
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> guilds = new();

    public void GuildCreated(JsonElement guild)
    {
        if (guild.String("id") is not { } guildId)
            return;
        var channels = guilds.GetOrAdd(guildId, _ => new());
        foreach (var list in new[] { "channels", "threads" })
        {
            if (guild.Child(list) is { ValueKind: JsonValueKind.Array } array)
            {
                foreach (var c in array.EnumerateArray())
                {
                    if (c.String("id") is { } id)
                        channels[id] = 0;
                }
            }
        }
    }

    public void ChannelCreated(JsonElement channel)
    {
        if (channel.String("guild_id") is { } guildId && channel.String("id") is { } id)
            guilds.GetOrAdd(guildId, _ => new())[id] = 0;
    }

    public void ChannelDeleted(string? guildId, string channelId)
    {
        if (guildId is not null && guilds.TryGetValue(guildId, out var channels))
            channels.TryRemove(channelId, out _);
    }

    /// <summary>The guild's known channels, forgotten with it.</summary>
    public IReadOnlyList<string> GuildRemoved(string guildId) =>
        guilds.TryRemove(guildId, out var channels) ? channels.Keys.ToList() : [];
}
