using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Digests.Rendering;

namespace NewsBot.Platforms.Telegram;

/// <summary>
/// Posts digests to Telegram chats as HTML messages (split when long). Errors are mapped to PostOutcome; a group
/// upgraded to a supergroup is reported to IChannelEvents and the post resent to the new id.
/// </summary>
public sealed class TelegramPlatform(
    TelegramSender sender,
    TelegramPostLedger ledger,
    IChannelEvents events,
    TimeProvider time,
    ILogger<TelegramPlatform> logger) : IChatPlatform
{
    public const string PlatformName = "telegram";
    private const int PartAttempts = 3;
    private readonly ConcurrentDictionary<string, string> _moved = new();

    public string Name => PlatformName;

    public Task<PostResult> PostAsync(OutgoingPost post, CancellationToken ct) => SendAsync(post, priority: false, ct);

    /// <summary>
    /// Sends a post. Parts after the first are retried here after a 429 or a transient error (the first part's
    /// failure is returned so the caller reschedules); with <paramref name="priority"/> (command replies) every part is.
    /// </summary>
    public async Task<PostResult> SendAsync(OutgoingPost post, bool priority, CancellationToken ct)
    {
        if (ledger.TryGetDone(post.IdempotencyKey, out var doneId))
            return PostResult.Ok(doneId);
        var messages = TelegramHtmlRenderer.RenderMessages(post.Text, post.Digests);
        if (messages.Count == 0)
            return new PostResult(PostOutcome.Permanent, Error: "nothing to post: no text and no digests");
        var channelId = _moved.TryGetValue(post.ChannelId, out var movedId) ? movedId : post.ChannelId;
        var target = TelegramTarget.Parse(channelId, post.ThreadId);
        if (target is null)
            return new PostResult(PostOutcome.Permanent, Error: $"'{post.ChannelId}' is not a Telegram chat id or '{post.ThreadId}' not a topic id");
        var preview = TelegramHtmlRenderer.PreviewUrl(post.Digests);
        var sent = ledger.Progress(post.IdempotencyKey);
        var migrations = 0;
        while (sent.Count < messages.Count)
        {
            var index = sent.Count;
            var failure = await SendPartAsync(target, messages[index], index == 0 ? preview : null, post.Silent,
                priority, retry: priority || index > 0, sent, ct);
            if (failure?.MigrateTo is { } newId && migrations++ < 2)
            {
                var newChannel = newId.ToString(CultureInfo.InvariantCulture);
                logger.LogInformation("Telegram chat {ChatId} was upgraded to supergroup {NewChatId}; moving", channelId, newChannel);
                await events.ChannelMovedAsync(PlatformName, channelId, newChannel, ct);
                _moved[post.ChannelId] = newChannel;
                _moved[channelId] = newChannel;
                channelId = newChannel;
                target = target with { ChatId = newId, LimiterKey = newId };
                continue;
            }
            if (failure is not null)
            {
                if (failure.Outcome is not (PostOutcome.RateLimited or PostOutcome.Transient))
                    ledger.Forget(post.IdempotencyKey);
                return new PostResult(failure.Outcome, sent.Count > 0 ? Id(sent[0]) : null, failure.Error)
                {
                    RetryAfter = failure.RetryAfter,
                    MovedToChannelId = channelId != post.ChannelId ? channelId : null,
                };
            }
        }
        var first = Id(sent[0]);
        ledger.Complete(post.IdempotencyKey, first);
        return PostResult.Ok(first) with { MovedToChannelId = channelId != post.ChannelId ? channelId : null };
    }

    public async Task<PostResult> EditAsync(OutgoingPost post, string messageId, CancellationToken ct)
    {
        var channelId = _moved.TryGetValue(post.ChannelId, out var movedId) ? movedId : post.ChannelId;
        var target = TelegramTarget.Parse(channelId, post.ThreadId);
        if (target is null || !int.TryParse(messageId, out var id))
            return new PostResult(PostOutcome.Permanent, Error: $"'{post.ChannelId}'/'{messageId}' is not a Telegram chat and message id");
        var messages = TelegramHtmlRenderer.RenderMessages(post.Text, post.Digests);
        if (messages.Count == 0)
            return new PostResult(PostOutcome.Permanent, Error: "nothing to edit: no text and no digests");
        var failure = await sender.EditAsync(target, id, messages[0], TelegramHtmlRenderer.PreviewUrl(post.Digests), ct);
        if (failure is null || failure.IsNotModified)
            return PostResult.Ok(messageId);
        return new PostResult(failure.Outcome, Error: failure.Error) { RetryAfter = failure.RetryAfter };
    }

    private async Task<TelegramFailure?> SendPartAsync(TelegramTarget target, string html, string? preview, bool silent,
        bool priority, bool retry, List<int> sent, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (messageId, failure) = await sender.SendAsync(target, html, preview, silent, priority, ct);
            if (failure is null)
            {
                sent.Add(messageId);
                return null;
            }
            var retryable = failure.Outcome is PostOutcome.RateLimited or PostOutcome.Transient;
            if (!retry || !retryable || attempt >= PartAttempts)
                return failure;
            // A 429 has paused the chat in the limiter, so the next attempt waits there; back off after other errors.
            if (failure.Outcome == PostOutcome.Transient)
                await Task.Delay(TimeSpan.FromSeconds(attempt), time, ct);
        }
    }

    private static string Id(int messageId) => messageId.ToString(CultureInfo.InvariantCulture);
}
