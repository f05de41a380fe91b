using System.Text.Json.Nodes;

namespace NewsBot.Fakes.Telegram;

/// <summary>Bot API objects as snake_case JSON, with the fields Telegram.Bot requires.</summary>
public static class FakeTelegramJson
{
    public static JsonObject Chat(FakeTelegramChat chat)
    {
        var json = new JsonObject { ["id"] = chat.Id, ["type"] = chat.TypeName };
        if (chat.Type == FakeChatType.Private)
            json["first_name"] = chat.Title;
        else
            json["title"] = chat.Title;
        if (chat.Username is not null)
            json["username"] = chat.Username.TrimStart('@');
        if (chat.IsForum)
            json["is_forum"] = true;
        return json;
    }

    public static JsonObject User(long id, string name, bool isBot = false, string? username = null)
    {
        var json = new JsonObject { ["id"] = id, ["is_bot"] = isBot, ["first_name"] = name };
        if (username is not null)
            json["username"] = username;
        return json;
    }

    public static JsonObject Message(FakeTelegramChat chat, int messageId, DateTimeOffset at, string text, JsonObject? from, int? threadId)
    {
        var json = new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = at.ToUnixTimeSeconds(),
            ["chat"] = Chat(chat),
            ["text"] = text,
        };
        if (from is not null)
            json["from"] = from;
        if (threadId is { } t)
        {
            json["message_thread_id"] = t;
            json["is_topic_message"] = true;
        }
        if (text.StartsWith('/'))
        {
            var length = text.IndexOfAny([' ', '\n']) is var end and >= 0 ? end : text.Length;
            json["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length });
        }
        return json;
    }

    /// <summary>A chat member as getChatMember answers: status plus the flags each status carries.</summary>
    public static JsonObject Member(JsonObject user, string status)
    {
        var json = new JsonObject { ["status"] = status, ["user"] = user };
        switch (status)
        {
            case "creator":
                json["is_anonymous"] = false;
                break;
            case "administrator":
                foreach (var flag in AdminFlags)
                    json[flag] = false;
                json["can_manage_chat"] = true;
                break;
            case "kicked":
                json["until_date"] = 0;
                break;
        }
        return json;
    }

    private static readonly string[] AdminFlags =
    [
        "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
        "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories",
        "can_edit_stories", "can_delete_stories",
    ];
}
