using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Abstractions;
using NewsBot.Platforms.Discord.Gateway;
using NewsBot.Platforms.Discord.Interactions;
using NewsBot.Platforms.Discord.Rest;

namespace NewsBot.Platforms.Discord;

/// <summary>
/// Acts on gateway dispatches: registers slash commands after the first READY, answers interactions in background
/// tasks, and reports channels that are gone (GUILD_DELETE without "unavailable", CHANNEL_DELETE, THREAD_DELETE).
/// </summary>
internal sealed class DiscordEventRouter(
    InteractionHandler interactions,
    CommandRegistrar registrar,
    IChannelEvents channelEvents,
    ILogger<DiscordEventRouter> logger) : IGatewayDispatchHandler
{
    private readonly DiscordGuildTracker guilds = new();
    private readonly ConcurrentDictionary<Task, byte> running = new();
    private readonly CancellationTokenSource stopping = new();
    private int registered;

    public void OnDispatch(string type, JsonElement data)
    {
        switch (type)
        {
            case "READY":
                var appId = data.Child("application")?.String("id");
                if (appId is not null && Interlocked.Exchange(ref registered, 1) == 0)
                    Track(RegisterAsync(appId));
                break;
            case "INTERACTION_CREATE":
                Track(interactions.HandleAsync(data, stopping.Token));
                break;
            case "GUILD_CREATE":
                guilds.GuildCreated(data);
                break;
            case "CHANNEL_CREATE" or "THREAD_CREATE":
                guilds.ChannelCreated(data);
                break;
            case "CHANNEL_DELETE" or "THREAD_DELETE":
                if (data.String("id") is { } channelId)
                {
                    guilds.ChannelDeleted(data.String("guild_id"), channelId);
                    Track(GoneAsync([channelId], type == "CHANNEL_DELETE" ? "channel deleted" : "thread deleted"));
                }
                break;
            case "GUILD_DELETE":
                if (data.Bool("unavailable") != true && data.String("id") is { } guildId)
                    Track(GoneAsync(guilds.GuildRemoved(guildId), $"bot removed from guild {guildId}"));
                break;
        }
    }

    /// <summary>Waits for running handlers (interaction answers) to finish, at most until <paramref name="ct"/> fires.</summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        try
        {
            await Task.WhenAll(running.Keys).WaitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await stopping.CancelAsync().ConfigureAwait(false);
        }
    }

    private async Task RegisterAsync(string applicationId)
    {
        if (!await registrar.RegisterAsync(applicationId, stopping.Token).ConfigureAwait(false))
            Interlocked.Exchange(ref registered, 0);
    }

    private async Task GoneAsync(IReadOnlyList<string> channelIds, string reason)
    {
        foreach (var id in channelIds)
            await channelEvents.ChannelGoneAsync(DiscordChatPlatform.PlatformName, id, reason, stopping.Token).ConfigureAwait(false);
    }

    private void Track(Task task)
    {
        running[task] = 0;
        _ = task.ContinueWith(t =>
        {
            running.TryRemove(t, out _);
            if (t.Exception is { } ex)
                logger.LogError(ex.GetBaseException(), "Discord event handling failed");
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
