using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Commands;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Platforms.Telegram;

/// <summary>
/// Handles one update from polling or the webhook: commands (messages and channel posts) go to the dispatcher and
/// are answered in the same chat and topic; the bot's own removal and group migrations go to IChannelEvents.
/// </summary>
public sealed class TelegramUpdateHandler(
    TelegramBotIdentity identity,
    TelegramAdminCheck admins,
    TelegramPlatform platform,
    ICommandDispatcher dispatcher,
    IChannelEvents events,
    ILogger<TelegramUpdateHandler> logger)
{
    public async Task HandleAsync(Update update, CancellationToken ct)
    {
        if (update.MyChatMember is { } membership)
            await MembershipChangedAsync(membership, ct);
        else if (update.Message is { } message)
            await MessageAsync(message, isChannelPost: false, ct);
        else if (update.ChannelPost is { } post)
            await MessageAsync(post, isChannelPost: true, ct);
    }

    private async Task MembershipChangedAsync(ChatMemberUpdated membership, CancellationToken ct)
    {
        var status = membership.NewChatMember.Status;
        if (status is not (ChatMemberStatus.Left or ChatMemberStatus.Kicked))
            return;
        var reason = membership.Chat.Type == ChatType.Private ? "bot was blocked by the user" : $"bot status is now {status}";
        logger.LogInformation("Telegram chat {ChatId} is gone: {Reason}", membership.Chat.Id, reason);
        await events.ChannelGoneAsync(TelegramPlatform.PlatformName, Id(membership.Chat.Id), reason, ct);
    }

    private async Task MessageAsync(Message message, bool isChannelPost, CancellationToken ct)
    {
        if (message.MigrateToChatId is { } newId && newId != 0)
        {
            await events.ChannelMovedAsync(TelegramPlatform.PlatformName, Id(message.Chat.Id), Id(newId), ct);
            return;
        }
        var text = message.Text ?? message.Caption;
        if (text is null || !CommandLine.TryParse(text, identity.Username, out var name, out var arguments))
            return;
        if (message.From?.IsBot == true && message.SenderChat is null)
            return;
        var threadId = message.IsTopicMessage && message.MessageThreadId is { } t ? Id(t) : null;
        var request = new CommandRequest
        {
            Platform = TelegramPlatform.PlatformName,
            ChannelId = Id(message.Chat.Id),
            ThreadId = threadId,
            UserId = Id(message.From?.Id ?? message.SenderChat?.Id ?? message.Chat.Id),
            IsAdmin = await admins.IsAdminAsync(message, isChannelPost, ct),
            Name = name,
            Arguments = arguments,
        };
        logger.LogInformation("Telegram command {Command} in {ChatId} from {UserId} (admin {IsAdmin})",
            request.Name, request.ChannelId, request.UserId, request.IsAdmin);
        var reply = await dispatcher.DispatchAsync(request, ct);
        if (string.IsNullOrWhiteSpace(reply.Text) && reply.Digests.Count == 0)
            return;
        var result = await platform.SendAsync(new OutgoingPost
        {
            ChannelId = request.ChannelId,
            ThreadId = threadId,
            Text = reply.Text,
            Digests = reply.Digests,
            IdempotencyKey = $"reply:{request.ChannelId}:{message.Id}",
        }, priority: true, ct);
        if (result.Outcome == PostOutcome.ChannelGone)
            await events.ChannelGoneAsync(TelegramPlatform.PlatformName, request.ChannelId, result.Error ?? "chat gone", ct);
        else if (result.Outcome is PostOutcome.Transient or PostOutcome.RateLimited)
            throw new TelegramRetryLaterException($"reply to /{request.Name} in {request.ChannelId} not sent yet ({result.Outcome}): {result.Error}");
        else if (result.Outcome != PostOutcome.Posted)
            logger.LogWarning("Telegram reply to {Command} in {ChatId} not sent ({Outcome}): {Error}",
                request.Name, request.ChannelId, result.Outcome, result.Error);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The bot's own username from getMe, used to tell /cmd@thisbot from /cmd@otherbot.</summary>
public sealed class TelegramBotIdentity
{
    public string? Username { get; set; }
}

/// <summary>An update whose handling hit a passing failure (outage, rate limit): the poller tries it again later.</summary>
public sealed class TelegramRetryLaterException(string message) : Exception(message);
