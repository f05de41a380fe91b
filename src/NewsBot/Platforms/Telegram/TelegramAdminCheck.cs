using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Platforms.Telegram;

/// <summary>
/// Decides whether the sender of a command administers the chat: private chats and channel posts are admin;
/// an anonymous admin (sender_chat is the chat itself) is admin; otherwise getChatMember says creator/administrator,
/// cached for AdminCacheSeconds.
/// </summary>
public sealed class TelegramAdminCheck(ITelegramBotClient bot, TelegramOptions options, TimeProvider time, ILogger<TelegramAdminCheck> logger)
{
    private readonly ConcurrentDictionary<(long Chat, long User), (bool IsAdmin, DateTimeOffset Until)> _cache = new();

    public async Task<bool> IsAdminAsync(Message message, bool isChannelPost, CancellationToken ct)
    {
        var chat = message.Chat;
        if (isChannelPost || chat.Type is ChatType.Private or ChatType.Channel)
            return true;
        if (message.SenderChat is { } senderChat)
            return senderChat.Id == chat.Id;
        if (message.From is not { } user)
            return false;
        var now = time.GetUtcNow();
        if (_cache.TryGetValue((chat.Id, user.Id), out var hit) && hit.Until > now)
            return hit.IsAdmin;
        bool isAdmin;
        try
        {
            var member = await bot.GetChatMember(chatId: chat.Id, userId: user.Id, cancellationToken: ct);
            isAdmin = member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Telegram getChatMember for {UserId} in {ChatId} failed; treating as not an admin", user.Id, chat.Id);
            return false;
        }
        if (_cache.Count > 10_000)
            _cache.Clear();
        _cache[(chat.Id, user.Id)] = (isAdmin, now + TimeSpan.FromSeconds(options.AdminCacheSeconds));
        return isAdmin;
    }
}
