using NewsBot.Fakes.Telegram;

namespace NewsBot.Tests.Telegram;

public sealed class TelegramCommandTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Private_chat_command_is_answered_and_the_menu_is_published_by_scope()
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: true);
        bot.Server.AddChat(FakeTelegramChat.Private(42));

        bot.Server.InjectMessage(42, 42, "/subscribe tech news");

        var reply = Assert.Single(await bot.Server.WaitForMessagesAsync(1, Within));
        Assert.Equal(42, reply.ChatId);
        Assert.Equal("subscribe admin=True args=tech news <ok> & done", reply.PlainText);
        var request = Assert.Single(bot.Dispatcher.Requests);
        Assert.Equal(("telegram", "42", "42", null), (request.Platform, request.ChannelId, request.UserId, request.ThreadId));
        var calls = bot.Server.MethodCalls.ToList();
        Assert.True(calls.IndexOf("deleteWebhook") < calls.IndexOf("getUpdates"));
        Assert.Equal(["help"], Names(bot.Server.CommandsByScope["default"]));
        Assert.Equal(["help", "subscribe"], Names(bot.Server.CommandsByScope["all_chat_administrators"]));
        Assert.Equal(["help", "subscribe"], Names(bot.Server.CommandsByScope["all_private_chats"]));
    }

    [Fact]
    public async Task Group_commands_for_this_bot_are_answered_with_admin_checks_and_others_ignored()
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: true);
        var group = bot.Server.AddChat(FakeTelegramChat.Group(-500, 7));
        group.CreatorId = 9;

        bot.Server.InjectMessage(-500, 7, "/subscribe@other_bot ignored");
        bot.Server.InjectMessage(-500, 8, "/subscribe@news_test_bot world");
        bot.Server.InjectMessage(-500, 7, "/subscribe@NEWS_TEST_BOT sport");
        bot.Server.InjectMessage(-500, 9, "/help");
        bot.Server.InjectMessage(-500, 8, "/help");

        var replies = await bot.Server.WaitForMessagesAsync(4, Within);
        Assert.Equal(
            ["subscribe admin=False args=world <ok> & done", "subscribe admin=True args=sport <ok> & done",
             "help admin=True args= <ok> & done", "help admin=False args= <ok> & done"],
            replies.Select(r => r.PlainText));
        Assert.Equal(4, bot.Dispatcher.Requests.Count);
        Assert.Equal(3, bot.Server.MethodCalls.Count(m => m == "getChatMember"));
        Assert.DoesNotContain(bot.Dispatcher.Requests, r => r.Arguments == "ignored");
        Assert.Empty(bot.Server.TooManyRequests);
    }

    [Fact]
    public async Task Forum_topic_command_is_answered_in_its_topic()
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: true);
        bot.Server.AddChat(FakeTelegramChat.Forum(-1001, [5], 7));

        bot.Server.InjectMessage(-1001, 7, "/subscribe elections", threadId: 5);

        var reply = Assert.Single(await bot.Server.WaitForMessagesAsync(1, Within));
        Assert.Equal(5, reply.ThreadId);
        var request = Assert.Single(bot.Dispatcher.Requests);
        Assert.Equal(("-1001", "5", true), (request.ChannelId, request.ThreadId, request.IsAdmin));
    }

    [Fact]
    public async Task Channel_posts_and_anonymous_admins_count_as_admin()
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: true);
        bot.Server.AddChat(FakeTelegramChat.Channel(-1002));
        bot.Server.AddChat(FakeTelegramChat.Supergroup(-1003));

        bot.Server.InjectChannelPost(-1002, "/subscribe markets");
        bot.Server.InjectAnonymousAdminMessage(-1003, "/subscribe@news_test_bot weather");

        var replies = await bot.Server.WaitForMessagesAsync(2, Within);
        Assert.Equal([-1002, -1003], replies.Select(r => r.ChatId).Order().Reverse());
        Assert.All(bot.Dispatcher.Requests, r => Assert.True(r.IsAdmin));
        Assert.Contains(bot.Dispatcher.Requests, r => r is { ChannelId: "-1002", UserId: "-1002" });
    }

    [Fact]
    public async Task Removal_and_migration_updates_reach_channel_events_and_the_offset_moves_on()
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: true);
        bot.Server.AddChat(FakeTelegramChat.Group(-600));
        bot.Server.AddChat(FakeTelegramChat.Private(77));

        bot.Server.InjectMyChatMember(-600, "kicked");
        bot.Server.InjectMyChatMember(77, "kicked", byUserId: 77);
        var last = bot.Server.InjectMigrationNotice(-600, -100600);

        await WaitUntil(() => bot.Events.Log.Count == 3 && bot.Server.Updates.ConfirmedOffset > last);
        Assert.Equal(["gone telegram:-600", "gone telegram:77", "moved telegram:-600->-100600"], bot.Events.Log);
        Assert.Equal(0, bot.Server.Updates.PendingCount);
    }

    [Fact]
    public async Task Webhook_mode_refuses_a_wrong_secret_and_handles_a_right_one()
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: true, new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.invalid/telegram/hook",
            ["Telegram:WebhookSecret"] = "s3cret_value",
            ["Telegram:WebhookPort"] = "0",
        });
        bot.Server.AddChat(FakeTelegramChat.Private(42));
        await WaitUntil(() => bot.Server.WebhookUrl is not null);
        var port = bot.Services.GetService(typeof(NewsBot.Platforms.Telegram.TelegramWebhookService)) is NewsBot.Platforms.Telegram.TelegramWebhookService s ? s.BoundPort : 0;
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        const string update = """{"update_id":5,"message":{"message_id":1,"date":1,"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false,"first_name":"A"},"text":"/help"}}""";

        using var wrong = await http.PostAsync("/telegram/hook", Json(update, "nope"));
        using var right = await http.PostAsync("/telegram/hook", Json(update, "s3cret_value"));

        Assert.Equal(401, (int)wrong.StatusCode);
        Assert.Equal(200, (int)right.StatusCode);
        Assert.Equal("s3cret_value", bot.Server.WebhookSecret);
        Assert.Equal("help admin=True args= <ok> & done", Assert.Single(await bot.Server.WaitForMessagesAsync(1, Within)).PlainText);
    }

    private static StringContent Json(string body, string secret)
    {
        var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        content.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        return content;
    }

    private static IEnumerable<string> Names(System.Text.Json.Nodes.JsonArray commands) =>
        commands.Select(c => c!["command"]!.GetValue<string>());

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 750 && !condition(); i++)
            await Task.Delay(20);
        Assert.True(condition(), "condition not reached within 15 s");
    }
}
