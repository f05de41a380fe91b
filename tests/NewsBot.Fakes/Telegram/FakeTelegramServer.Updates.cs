using System.Text.Json.Nodes;

namespace NewsBot.Fakes.Telegram;

public sealed partial class FakeTelegramServer
{
    /// <summary>@GroupAnonymousBot: the sender of messages by anonymous group admins.</summary>
    public const long AnonymousAdminBotId = 1087968824;
    private int _incomingMessageId = 1000;

    /// <summary>A user writes in a chat (a private chat, a group, or a forum topic when threadId is given).</summary>
    public int InjectMessage(long chatId, long fromUserId, string text, int? threadId = null)
    {
        var message = Incoming(chatId, text, FakeTelegramJson.User(fromUserId, $"user {fromUserId}"), threadId);
        return Updates.Add(new JsonObject { ["message"] = message });
    }

    /// <summary>An anonymous admin writes: from @GroupAnonymousBot, sender_chat = the group itself.</summary>
    public int InjectAnonymousAdminMessage(long chatId, string text)
    {
        var message = Incoming(chatId, text, FakeTelegramJson.User(AnonymousAdminBotId, "Group", isBot: true, username: "GroupAnonymousBot"), null);
        message["sender_chat"] = FakeTelegramJson.Chat(Chat(chatId));
        return Updates.Add(new JsonObject { ["message"] = message });
    }

    /// <summary>A post in a channel: no from, sender_chat = the channel.</summary>
    public int InjectChannelPost(long chatId, string text)
    {
        var post = Incoming(chatId, text, null, null);
        post["sender_chat"] = FakeTelegramJson.Chat(Chat(chatId));
        return Updates.Add(new JsonObject { ["channel_post"] = post });
    }

    /// <summary>The bot's own membership changed (e.g. "kicked", "left", "member").</summary>
    public int InjectMyChatMember(long chatId, string newStatus, long byUserId = 1)
    {
        var bot = FakeTelegramJson.User(BotId, "News Bot", isBot: true, username: BotUsername);
        var update = new JsonObject
        {
            ["chat"] = FakeTelegramJson.Chat(Chat(chatId)),
            ["from"] = FakeTelegramJson.User(byUserId, $"user {byUserId}"),
            ["date"] = Time.GetUtcNow().ToUnixTimeSeconds(),
            ["old_chat_member"] = FakeTelegramJson.Member(bot.DeepClone().AsObject(), "member"),
            ["new_chat_member"] = FakeTelegramJson.Member(bot, newStatus),
        };
        return Updates.Add(new JsonObject { ["my_chat_member"] = update });
    }

    /// <summary>The service message an upgraded group receives, carrying migrate_to_chat_id.</summary>
    public int InjectMigrationNotice(long groupId, long supergroupId)
    {
        var message = Incoming(groupId, "", FakeTelegramJson.User(1, "user 1"), null);
        message.Remove("text");
        message["migrate_to_chat_id"] = supergroupId;
        return Updates.Add(new JsonObject { ["message"] = message });
    }

    private JsonObject Incoming(long chatId, string text, JsonObject? from, int? threadId) =>
        FakeTelegramJson.Message(Chat(chatId), Interlocked.Increment(ref _incomingMessageId), Time.GetUtcNow(), text, from, threadId);
}
