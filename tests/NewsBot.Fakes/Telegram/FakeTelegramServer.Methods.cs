using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsBot.Fakes.Telegram;

public sealed partial class FakeTelegramServer
{
    private const int MaxVisible = 4096;

    private async Task<(int, JsonObject)> CallAsync(string method, JsonObject args, CancellationToken ct) => method switch
    {
        "getMe" => Ok(FakeTelegramJson.User(BotId, "News Bot", isBot: true, username: BotUsername)),
        "deleteWebhook" => DeleteWebhook(),
        "setWebhook" => SetWebhook(args),
        "setMyCommands" => SetMyCommands(args),
        "getUpdates" => Ok(await Updates.GetAsync(Int(args, "offset") ?? 0, Int(args, "limit") ?? 100,
            Min(TimeSpan.FromSeconds(Int(args, "timeout") ?? 0), MaxPollHold), ct)),
        "sendMessage" => SendMessage(args),
        "editMessageText" => EditMessageText(args),
        "getChatMember" => GetChatMember(args),
        _ => Error(method, null, 404, "Not Found: method not found"),
    };

    private (int, JsonObject) DeleteWebhook()
    {
        WebhookUrl = null;
        WebhookSecret = null;
        return Ok(true);
    }

    private (int, JsonObject) SetWebhook(JsonObject args)
    {
        WebhookUrl = Str(args, "url");
        WebhookSecret = Str(args, "secret_token");
        return Ok(true);
    }

    private (int, JsonObject) SetMyCommands(JsonObject args)
    {
        var commands = args["commands"] as JsonArray ?? (Str(args, "commands") is { } s ? JsonNode.Parse(s) as JsonArray : null);
        if (commands is null || commands.Count > 100)
            return Error("setMyCommands", null, 400, "Bad Request: BOT_COMMANDS_TOO_MUCH");
        foreach (var command in commands)
        {
            var name = command?["command"]?.GetValue<string>() ?? "";
            var description = command?["description"]?.GetValue<string>() ?? "";
            if (!CommandName().IsMatch(name) || description.Length is < 1 or > 256)
                return Error("setMyCommands", null, 400, "Bad Request: BOT_COMMAND_INVALID");
        }
        var scope = (args["scope"] as JsonObject)?["type"]?.GetValue<string>() ?? "default";
        CommandsByScope[scope] = (JsonArray)commands.DeepClone();
        return Ok(true);
    }

    private (int, JsonObject) SendMessage(JsonObject args)
    {
        lock (_gate)
        {
            var (chat, threadId, failure) = Target("sendMessage", args);
            if (chat is null)
                return failure!.Value;
            var (text, plain, textFailure) = CheckText("sendMessage", chat.Id, args);
            if (textFailure is not null)
                return textFailure.Value;
            if (Flood("sendMessage", chat.Id) is { } flood)
                return flood;
            var message = new FakeSentMessage(chat.Id, ++chat.LastMessageId, threadId, text!, plain!, Str(args, "parse_mode"),
                Bool(args, "disable_notification"), (args["link_preview_options"] as JsonObject)?["url"]?.GetValue<string>(),
                (args["link_preview_options"] as JsonObject)?["is_disabled"]?.GetValue<bool>() == true, Time.GetUtcNow());
            _messages.Add(message);
            if (_outageAfter is { } after && _messages.Count >= after.Messages)
            {
                _outage = (after.Kind, DateTimeOffset.MaxValue);
                _outageAfter = null;
            }
            return Ok(FakeTelegramJson.Message(chat, message.MessageId, message.At, plain!,
                FakeTelegramJson.User(BotId, "News Bot", isBot: true, username: BotUsername), threadId));
        }
    }

    private (int, JsonObject) EditMessageText(JsonObject args)
    {
        lock (_gate)
        {
            var (chat, _, failure) = Target("editMessageText", args);
            if (chat is null)
                return failure!.Value;
            var id = Int(args, "message_id");
            var original = _edits.LastOrDefault(m => m.ChatId == chat.Id && m.MessageId == id)
                           ?? _messages.FirstOrDefault(m => m.ChatId == chat.Id && m.MessageId == id);
            if (original is null)
                return Error("editMessageText", chat.Id, 400, "Bad Request: message to edit not found");
            var (text, plain, textFailure) = CheckText("editMessageText", chat.Id, args);
            if (textFailure is not null)
                return textFailure.Value;
            if (text == original.Text)
                return Error("editMessageText", chat.Id, 400,
                    "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
            if (Flood("editMessageText", chat.Id) is { } flood)
                return flood;
            var edited = original with { Text = text!, PlainText = plain!, At = Time.GetUtcNow() };
            _edits.Add(edited);
            return Ok(FakeTelegramJson.Message(chat, edited.MessageId, edited.At, plain!, null, edited.ThreadId));
        }
    }

    private (int, JsonObject) GetChatMember(JsonObject args)
    {
        lock (_gate)
        {
            var chat = FindChat(args);
            if (chat is null)
                return Error("getChatMember", null, 400, "Bad Request: chat not found");
            var userId = Long(args, "user_id") ?? 0;
            var status = chat.CreatorId == userId ? "creator" : chat.Admins.Contains(userId) ? "administrator" : "member";
            return Ok(FakeTelegramJson.Member(FakeTelegramJson.User(userId, $"user {userId}"), status));
        }
    }

    /// <summary>The chat and topic a message goes to, or the error Telegram gives for it.</summary>
    private (FakeTelegramChat?, int?, (int, JsonObject)?) Target(string method, JsonObject args)
    {
        var chat = FindChat(args);
        if (chat is null)
            return (null, null, Error(method, Long(args, "chat_id"), 400, "Bad Request: chat not found"));
        if (chat.ForbiddenDescription is { } forbidden)
            return (null, null, Error(method, chat.Id, 403, forbidden));
        if (chat.MigratedTo is { } newId)
            return (null, null, Error(method, chat.Id, 400, "Bad Request: group chat was upgraded to a supergroup chat",
                new JsonObject { ["migrate_to_chat_id"] = newId }));
        var threadId = Int(args, "message_thread_id");
        if (threadId is { } t && (!chat.IsForum || !chat.Topics.Contains(t)))
            return (null, null, Error(method, chat.Id, 400, "Bad Request: message thread not found"));
        return (chat, threadId, null);
    }

    private (string?, string?, (int, JsonObject)?) CheckText(string method, long chatId, JsonObject args)
    {
        var text = Str(args, "text") ?? "";
        var html = string.Equals(Str(args, "parse_mode"), "html", StringComparison.OrdinalIgnoreCase);
        var (plain, error) = html ? FakeTelegramHtml.Parse(text) : (text, null);
        if (error is not null)
            return (null, null, Error(method, chatId, 400, "Bad Request: can't parse entities: " + error));
        plain = plain!.Trim();
        if (plain.Length == 0)
            return (null, null, Error(method, chatId, 400, "Bad Request: message text is empty"));
        if (plain.Length > MaxVisible)
            return (null, null, Error(method, chatId, 400, "Bad Request: message is too long"));
        return (text, plain, null);
    }

    private (int, JsonObject)? Flood(string method, long chatId)
    {
        int? retryAfter = _forced429.TryGetValue(chatId, out var forced) && forced.TryDequeue(out var s) ? s : null;
        retryAfter ??= Limits.TryTake(chatId, Time.GetUtcNow());
        if (retryAfter is not { } wait)
            return null;
        return Error(method, chatId, 429, $"Too Many Requests: retry after {wait}", new JsonObject { ["retry_after"] = wait });
    }

    private FakeTelegramChat? FindChat(JsonObject args)
    {
        if (Long(args, "chat_id") is { } id)
            return _chats.GetValueOrDefault(id);
        var name = Str(args, "chat_id");
        return name is null ? null : _chats.Values.FirstOrDefault(c => c.Username is not null
            && string.Equals(c.Username.TrimStart('@'), name.TrimStart('@'), StringComparison.OrdinalIgnoreCase));
    }

    private static (int, JsonObject) Ok(JsonNode result) => (200, new JsonObject { ["ok"] = true, ["result"] = result });

    private (int, JsonObject) Error(string method, long? chatId, int code, string description, JsonObject? parameters = null)
    {
        lock (_gate)
            _rejections.Add(new FakeRejection(method, chatId, code, description, parameters?["retry_after"]?.GetValue<int>(), Time.GetUtcNow()));
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (parameters is not null)
            body["parameters"] = parameters;
        return (code, body);
    }

    private static string? Str(JsonObject args, string name) => args[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var other => other.ToJsonString(),
    };

    private static long? Long(JsonObject args, string name) =>
        long.TryParse(Str(args, name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static int? Int(JsonObject args, string name) => Long(args, name) is { } v ? (int)v : null;

    private static bool Bool(JsonObject args, string name) => Str(args, name) is "true" or "True";

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
