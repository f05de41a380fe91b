namespace NewsBot.Fakes.Telegram;

public enum FakeChatType { Private, Group, Supergroup, Channel }

/// <summary>How the bot stands in a chat; anything but Active makes sends fail the way Telegram does.</summary>
public enum FakeBotStanding { Active, Blocked, Kicked, NotMember, UserDeactivated, Deleted }

/// <summary>A chat the fake knows: type, forum topics, admins, the bot's standing, and a migration target.</summary>
public sealed class FakeTelegramChat
{
    public required long Id { get; init; }
    public required FakeChatType Type { get; init; }
    public string Title { get; init; } = "chat";
    public string? Username { get; init; }
    public bool IsForum { get; init; }
    public HashSet<int> Topics { get; } = [];
    public HashSet<long> Admins { get; } = [];
    public long? CreatorId { get; set; }
    public FakeBotStanding Standing { get; set; } = FakeBotStanding.Active;
    /// <summary>Set when a group was upgraded: sends answer 400 with migrate_to_chat_id.</summary>
    public long? MigratedTo { get; set; }
    internal int LastMessageId { get; set; }

    public string TypeName => Type switch
    {
        FakeChatType.Private => "private",
        FakeChatType.Group => "group",
        FakeChatType.Supergroup => "supergroup",
        _ => "channel",
    };

    public static FakeTelegramChat Private(long userId) => new() { Id = userId, Type = FakeChatType.Private, Title = $"user {userId}" };

    public static FakeTelegramChat Group(long id, params long[] admins) => WithAdmins(new() { Id = id, Type = FakeChatType.Group, Title = $"group {id}" }, admins);

    public static FakeTelegramChat Supergroup(long id, params long[] admins) => WithAdmins(new() { Id = id, Type = FakeChatType.Supergroup, Title = $"supergroup {id}" }, admins);

    public static FakeTelegramChat Forum(long id, int[] topics, params long[] admins)
    {
        var chat = WithAdmins(new() { Id = id, Type = FakeChatType.Supergroup, Title = $"forum {id}", IsForum = true }, admins);
        chat.Topics.UnionWith(topics);
        return chat;
    }

    public static FakeTelegramChat Channel(long id, string? username = null) => new() { Id = id, Type = FakeChatType.Channel, Title = $"channel {id}", Username = username };

    /// <summary>The description Telegram gives when the bot cannot write here, or null when it can.</summary>
    internal string? ForbiddenDescription => Standing switch
    {
        FakeBotStanding.Active => null,
        FakeBotStanding.Blocked => "Forbidden: bot was blocked by the user",
        FakeBotStanding.Kicked => $"Forbidden: bot was kicked from the {TypeName} chat",
        FakeBotStanding.NotMember => $"Forbidden: bot is not a member of the {TypeName} chat",
        FakeBotStanding.UserDeactivated => "Forbidden: user is deactivated",
        _ => "Forbidden: the group chat was deleted",
    };

    private static FakeTelegramChat WithAdmins(FakeTelegramChat chat, long[] admins)
    {
        chat.Admins.UnionWith(admins);
        return chat;
    }
}

/// <summary>A message the fake accepted (sent or, for edits, its new text).</summary>
public sealed record FakeSentMessage(
    long ChatId,
    int MessageId,
    int? ThreadId,
    string Text,
    string PlainText,
    string? ParseMode,
    bool DisableNotification,
    string? LinkPreviewUrl,
    bool LinkPreviewDisabled,
    DateTimeOffset At);

/// <summary>An error answer the fake gave (every 429 is one).</summary>
public sealed record FakeRejection(string Method, long? ChatId, int ErrorCode, string Description, int? RetryAfter, DateTimeOffset At);

public enum FakeOutageKind { ServerError, DropConnection }
