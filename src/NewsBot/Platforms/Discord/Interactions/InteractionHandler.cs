using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Commands;
using NewsBot.Core.Digests;
using NewsBot.Core.Digests.Rendering;
using NewsBot.Platforms.Discord.Gateway;
using NewsBot.Platforms.Discord.Rest;

namespace NewsBot.Platforms.Discord.Interactions;

/// <summary>
/// Answers slash commands and autocomplete inside Discord's 3 s: the reply itself (type 4) when the dispatcher is
/// done within DeferAfter, else a deferred answer (type 5) followed by PATCH @original. Admin-only commands and
/// error replies are ephemeral; the caller's admin right is re-checked from member.permissions.
/// </summary>
internal sealed class InteractionHandler(
    DiscordRestClient rest,
    ICommandDispatcher dispatcher,
    GatewaySession session,
    DiscordOptions options,
    TimeProvider time,
    ILogger<InteractionHandler> logger)
{
    public const int ReplyNow = 4, Deferred = 5, AutocompleteResult = 8;
    private const int MaxChoices = 25;

    public async Task HandleAsync(JsonElement data, CancellationToken ct)
    {
        var interaction = DiscordInteraction.Parse(data);
        if (interaction is null)
        {
            logger.LogWarning("Discord interaction without id, token, channel or user; ignored");
            return;
        }
        switch (interaction.Type)
        {
            case DiscordInteraction.Autocomplete:
                await AutocompleteAsync(interaction, ct).ConfigureAwait(false);
                break;
            case DiscordInteraction.ApplicationCommand:
                await CommandAsync(interaction, ct).ConfigureAwait(false);
                break;
            default:
                logger.LogDebug("Discord interaction type {InteractionType} not handled", interaction.Type);
                break;
        }
    }

    private async Task AutocompleteAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        var prefix = interaction.Options.FirstOrDefault(o => o.Focused)?.Value ?? "";
        var choices = dispatcher.CompleteTopics(prefix.Trim())
            .Where(t => t.Length > 0)
            .Take(MaxChoices)
            .Select(t => new { Name = TextTrim.ToLength(t, 100), Value = TextTrim.ToLength(t, 100) })
            .ToList();
        var body = new { Type = AutocompleteResult, Data = new { Choices = choices } };
        await CallbackAsync(interaction, body, ct).ConfigureAwait(false);
    }

    private async Task CommandAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        var description = dispatcher.Descriptions.FirstOrDefault(d => d.Name == interaction.CommandName);
        var adminOnly = description?.AdminOnly ?? false;
        var request = new CommandRequest
        {
            Platform = DiscordChatPlatform.PlatformName,
            ChannelId = interaction.ChannelId,
            UserId = interaction.UserId,
            IsAdmin = DiscordPermissions.IsAdmin(interaction),
            Name = interaction.CommandName,
            Arguments = Arguments(description, interaction.Options),
        };
        var dispatch = DispatchAsync(request, ct);
        var deadline = Task.Delay(options.DeferAfter, time, ct);
        if (await Task.WhenAny(dispatch, deadline).ConfigureAwait(false) == dispatch)
        {
            var reply = await dispatch.ConfigureAwait(false);
            var messages = Render(reply);
            var flags = Flags(reply, adminOnly);
            await CallbackAsync(interaction, new { Type = ReplyNow, Data = DiscordMessageBody.From(messages[0], flags) }, ct).ConfigureAwait(false);
            await FollowUpsAsync(interaction, messages.Skip(1), flags, ct).ConfigureAwait(false);
            return;
        }
        var deferFlags = adminOnly ? DiscordMessageBody.Ephemeral : (int?)null;
        if (!await CallbackAsync(interaction, new { Type = Deferred, Data = new { Flags = deferFlags } }, ct).ConfigureAwait(false))
            return;
        var late = await dispatch.ConfigureAwait(false);
        var lateMessages = Render(late);
        var appId = interaction.ApplicationId ?? session.ApplicationId;
        if (appId is null)
        {
            logger.LogError("Discord application id unknown; cannot edit the deferred reply to {CommandName}", interaction.CommandName);
            return;
        }
        var edit = await rest.SendAsync(DiscordRoute.EditOriginal(appId, interaction.Token), DiscordMessageBody.From(lateMessages[0]), ct).ConfigureAwait(false);
        if (!edit.Ok)
            logger.LogWarning("Editing the deferred Discord reply to {CommandName} failed: {Error}", interaction.CommandName, edit.Describe());
        await FollowUpsAsync(interaction, lateMessages.Skip(1), Flags(late, adminOnly), ct).ConfigureAwait(false);
    }

    private async Task<CommandReply> DispatchAsync(CommandRequest request, CancellationToken ct)
    {
        try
        {
            return await dispatcher.DispatchAsync(request, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Command {CommandName} failed for Discord channel {ChannelId}", request.Name, request.ChannelId);
            return CommandReply.Error("Sorry, that command failed. Please try again later.");
        }
    }

    private async Task FollowUpsAsync(DiscordInteraction interaction, IEnumerable<DiscordMessage> messages, int? flags, CancellationToken ct)
    {
        var appId = interaction.ApplicationId ?? session.ApplicationId;
        if (appId is null)
            return;
        foreach (var message in messages)
        {
            var result = await rest.SendAsync(DiscordRoute.FollowUp(appId, interaction.Token), DiscordMessageBody.From(message, flags), ct).ConfigureAwait(false);
            if (!result.Ok)
            {
                logger.LogWarning("Discord follow-up to {CommandName} failed: {Error}", interaction.CommandName, result.Describe());
                return;
            }
        }
    }

    private async Task<bool> CallbackAsync(DiscordInteraction interaction, object body, CancellationToken ct)
    {
        var result = await rest.SendAsync(DiscordRoute.InteractionCallback(interaction.Id, interaction.Token), body, ct).ConfigureAwait(false);
        if (!result.Ok)
            logger.LogWarning("Answering Discord interaction {InteractionId} ({CommandName}) failed: {Error}", interaction.Id, interaction.CommandName, result.Describe());
        return result.Ok;
    }

    private static IReadOnlyList<DiscordMessage> Render(CommandReply reply)
    {
        var messages = DiscordEmbedRenderer.Render(reply.Text, reply.Digests);
        return messages.Count > 0 ? messages : [new DiscordMessage("Done.", [], [])];
    }

    private static int? Flags(CommandReply reply, bool adminOnly) =>
        reply.Ephemeral || reply.IsError || adminOnly ? DiscordMessageBody.Ephemeral : null;

    /// <summary>Option values in the order the command declares them, as if typed after the name.</summary>
    internal static string Arguments(CommandDescription? description, IReadOnlyList<InteractionOption> options)
    {
        var order = description?.Options.Select(o => o.Name.ToLowerInvariant()).ToList() ?? [];
        return string.Join(' ', options
            .Where(o => o.Value.Length > 0)
            .OrderBy(o => order.IndexOf(o.Name) is var i and >= 0 ? i : int.MaxValue)
            .Select(o => o.Value.Trim()));
    }
}
