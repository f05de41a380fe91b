using Microsoft.Extensions.Logging;
using NewsBot.Core.Abstractions;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Platforms.Telegram;

/// <summary>One Bot API message call through the shared rate limiter, its failure classified; 429 pauses the chat.</summary>
public sealed class TelegramSender(ITelegramBotClient bot, TelegramRateLimiter limiter, ILogger<TelegramSender> logger)
{
    public async Task<(int MessageId, TelegramFailure? Failure)> SendAsync(
        TelegramTarget target, string html, string? previewUrl, bool silent, bool priority, CancellationToken ct)
    {
        using var slot = await limiter.WaitAsync(target.LimiterKey, priority, ct);
        try
        {
            var message = await bot.SendMessage(
                chatId: target.ChatId,
                text: html,
                parseMode: ParseMode.Html,
                linkPreviewOptions: Preview(previewUrl),
                messageThreadId: target.ThreadId,
                disableNotification: silent,
                cancellationToken: ct);
            return (message.Id, null);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            return (0, Failed(target, "sendMessage", ex));
        }
    }

    public async Task<TelegramFailure?> EditAsync(TelegramTarget target, int messageId, string html, string? previewUrl, CancellationToken ct)
    {
        using var slot = await limiter.WaitAsync(target.LimiterKey, priority: false, ct);
        try
        {
            await bot.EditMessageText(
                chatId: target.ChatId,
                messageId: messageId,
                text: html,
                parseMode: ParseMode.Html,
                linkPreviewOptions: Preview(previewUrl),
                cancellationToken: ct);
            return null;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            return Failed(target, "editMessageText", ex);
        }
    }

    private TelegramFailure Failed(TelegramTarget target, string method, Exception ex)
    {
        var failure = TelegramErrors.Classify(ex);
        if (failure.Outcome == PostOutcome.RateLimited && failure.RetryAfter is { } wait)
            limiter.Pause(target.LimiterKey, wait);
        if (failure.IsUnauthorized)
            logger.LogCritical(ex, "Telegram rejected the bot token on {Method}: {Error}", method, failure.Error);
        else if (failure.Outcome is PostOutcome.Transient or PostOutcome.RateLimited or PostOutcome.Posted)
            logger.LogWarning("Telegram {Method} to {ChatId} failed ({Outcome}): {Error}", method, target.ChatId, failure.Outcome, failure.Error);
        else
            logger.LogError(ex, "Telegram {Method} to {ChatId} failed ({Outcome}): {Error}", method, target.ChatId, failure.Outcome, failure.Error);
        return failure;
    }

    private static LinkPreviewOptions Preview(string? url) =>
        url is null ? new LinkPreviewOptions { IsDisabled = true } : new LinkPreviewOptions { Url = url };
}

/// <summary>Where a message goes: the chat (numeric id or @channel), its forum topic, and the limiter key.</summary>
public sealed record TelegramTarget(ChatId ChatId, int? ThreadId, long LimiterKey)
{
    /// <summary>Null when the id is neither a number nor an @username.</summary>
    public static TelegramTarget? Parse(string channelId, string? threadId)
    {
        int? thread = null;
        if (!string.IsNullOrEmpty(threadId))
        {
            if (!int.TryParse(threadId, out var t))
                return null;
            thread = t;
        }
        if (long.TryParse(channelId, out var id))
            return new TelegramTarget(id, thread, id);
        if (channelId.Length > 1 && channelId[0] == '@')
            return new TelegramTarget(channelId, thread, UsernameKey(channelId));
        return null;
    }

    /// <summary>Channels named by @username are limited like groups: a stable negative key.</summary>
    private static long UsernameKey(string username)
    {
        var hash = 1469598103934665603UL;
        foreach (var c in username.ToLowerInvariant())
            hash = (hash ^ c) * 1099511628211UL;
        return -(long)(hash >> 2) - 1;
    }
}
