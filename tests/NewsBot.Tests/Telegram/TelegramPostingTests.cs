using NewsBot.Core.Abstractions;
using NewsBot.Core.Digests;
using NewsBot.Fakes.Telegram;

namespace NewsBot.Tests.Telegram;

public sealed class TelegramPostingTests
{
    private static Digest Story(string headline, string summary = "Officials met on Tuesday.", string? link = "https://news.example/a?x=1&y=2") => new()
    {
        Headline = headline,
        Summary = summary,
        Outlet = "Example News",
        Published = new DateTimeOffset(2026, 11, 30, 9, 5, 0, TimeSpan.Zero),
        Link = link,
        Quotes = [new DigestQuote("We will rebuild", "Mayor Ana Lopez")],
    };

    private static OutgoingPost Post(string channel, params Digest[] digests) => new()
    {
        ChannelId = channel,
        Digests = digests,
        IdempotencyKey = Guid.NewGuid().ToString("N"),
    };

    [Fact]
    public async Task A_digest_is_posted_as_html_with_preview_thread_and_silence()
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: false);
        bot.Server.AddChat(FakeTelegramChat.Forum(-1001, [9]));

        var result = await bot.Platform.PostAsync(Post("-1001", Story("Bridge reopens")) with { ThreadId = "9", Silent = true }, default);

        Assert.Equal(PostResult.Ok("1"), result);
        var sent = Assert.Single(bot.Server.Messages);
        Assert.Equal((9, true, "https://news.example/a?x=1&y=2", "Html"), (sent.ThreadId, sent.DisableNotification, sent.LinkPreviewUrl, sent.ParseMode));
        Assert.StartsWith("<b>Bridge reopens</b>\n<i>Example News · 2026-11-30 09:05 UTC</i>", sent.Text);
        Assert.Contains("<blockquote>“We will rebuild”\n— Mayor Ana Lopez</blockquote>", sent.Text);
        Assert.Contains("<a href=\"https://news.example/a?x=1&amp;y=2\">Read at Example News</a>", sent.Text);
    }

    [Fact]
    public async Task Hostile_feed_text_is_escaped_and_unsafe_links_dropped()
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: false);
        bot.Server.AddChat(FakeTelegramChat.Private(42));
        var hostile = Story("<script>alert(1)</script> & <b>Co</b> \"quoted\"", "Tom & Jerry <i>unclosed <a href=x>", "javascript:alert(1)")
            with { Quotes = [new DigestQuote("</blockquote><b>break out", "<Someone>")] };

        var result = await bot.Platform.PostAsync(Post("42", hostile), default);

        Assert.Equal(PostOutcome.Posted, result.Outcome);
        var sent = Assert.Single(bot.Server.Messages);
        Assert.Contains("<script>alert(1)</script> & <b>Co</b> \"quoted\"", sent.PlainText);
        Assert.Contains("Tom & Jerry <i>unclosed <a href=x>", sent.PlainText);
        Assert.Contains("“</blockquote><b>break out”\n— <Someone>", sent.PlainText);
        Assert.DoesNotContain("javascript", sent.Text);
        Assert.Null(sent.LinkPreviewUrl);
        Assert.Empty(bot.Server.Rejections);
    }

    [Fact]
    public async Task A_long_digest_and_a_roll_up_are_split_at_boundaries_within_the_limit()
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: false);
        bot.Server.AddChat(FakeTelegramChat.Private(42));
        bot.Server.AddChat(FakeTelegramChat.Private(43));
        var words = string.Join(" ", Enumerable.Range(0, 2500).Select(i => $"w{i}&"));
        var stories = Enumerable.Range(0, 12).Select(i => Story($"Story {i}", new string('x', 700) + $" end{i}.")).ToArray();

        var single = await bot.Platform.PostAsync(Post("42", Story("Long one", words)), default);
        var rollup = await bot.Platform.PostAsync(Post("43", stories) with { Text = "World: 12 stories since 09:00" }, default);

        Assert.Equal((PostOutcome.Posted, "1"), (single.Outcome, single.MessageId));
        Assert.Equal((PostOutcome.Posted, "1"), (rollup.Outcome, rollup.MessageId));
        var longParts = bot.Server.MessagesTo(42);
        Assert.True(longParts.Count >= 3);
        Assert.All(longParts, m => Assert.InRange(m.PlainText.Length, 1, 4096));
        var recovered = string.Join(" ", longParts.Select(m => m.PlainText)).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enumerable.Range(0, 2500).Select(i => $"w{i}&"), recovered.Where(w => w.StartsWith('w') && w.EndsWith('&')));
        var rollParts = bot.Server.MessagesTo(43);
        Assert.True(rollParts.Count >= 3);
        Assert.StartsWith("World: 12 stories since 09:00", rollParts[0].PlainText);
        for (var i = 0; i < 12; i++)
            Assert.Single(rollParts, m => m.PlainText.Contains($"Story {i}\n") && m.PlainText.Contains($" end{i}."));
        Assert.Empty(bot.Server.Rejections);
    }

    [Fact]
    public async Task A_429_pauses_the_chat_and_the_retry_gets_no_second_429()
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: false);
        bot.Server.AddChat(FakeTelegramChat.Group(-700));
        bot.Server.ForceTooManyRequests(-700, 1);
        var post = Post("-700", Story("Rates"));

        var first = await bot.Platform.PostAsync(post, default);
        var second = await bot.Platform.PostAsync(post, default);

        Assert.Equal((PostOutcome.RateLimited, TimeSpan.FromSeconds(1)), (first.Outcome, first.RetryAfter));
        Assert.Equal(PostResult.Ok("1"), second);
        Assert.Single(bot.Server.TooManyRequests);
        Assert.Single(bot.Server.Messages);
    }

    [Theory]
    [InlineData(FakeBotStanding.Blocked, 50L, PostOutcome.ChannelGone)]
    [InlineData(FakeBotStanding.UserDeactivated, 51L, PostOutcome.ChannelGone)]
    [InlineData(FakeBotStanding.Kicked, -52L, PostOutcome.ChannelGone)]
    [InlineData(FakeBotStanding.NotMember, -53L, PostOutcome.ChannelGone)]
    [InlineData(FakeBotStanding.Deleted, -54L, PostOutcome.ChannelGone)]
    public async Task Blocked_kicked_and_deleted_chats_are_gone(FakeBotStanding standing, long chatId, PostOutcome expected)
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: false);
        var chat = bot.Server.AddChat(chatId > 0 ? FakeTelegramChat.Private(chatId) : FakeTelegramChat.Supergroup(chatId));
        chat.Standing = standing;

        var result = await bot.Platform.PostAsync(Post(chatId.ToString(), Story("Gone")), default);

        Assert.Equal(expected, result.Outcome);
        Assert.Empty(bot.Server.Messages);
    }

    [Fact]
    public async Task Unknown_chats_are_gone_and_missing_topics_permanent()
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: false);
        bot.Server.AddChat(FakeTelegramChat.Forum(-1001, [9]));

        var unknown = await bot.Platform.PostAsync(Post("-999", Story("Nowhere")), default);
        var topic = await bot.Platform.PostAsync(Post("-1001", Story("Lost topic")) with { ThreadId = "404" }, default);

        Assert.Equal(PostOutcome.ChannelGone, unknown.Outcome);
        Assert.Equal((PostOutcome.Permanent, "Bad Request: message thread not found"), (topic.Outcome, topic.Error));
    }

    [Fact]
    public async Task A_migrated_group_is_reported_and_the_post_resent_to_the_supergroup()
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: false);
        bot.Server.AddChat(FakeTelegramChat.Group(-800));
        bot.Server.MigrateToSupergroup(-800, -100800);

        var result = await bot.Platform.PostAsync(Post("-800", Story("Moved")), default);

        Assert.Equal((PostOutcome.Posted, "1", "-100800"), (result.Outcome, result.MessageId, result.MovedToChannelId));
        Assert.Equal(-100800, Assert.Single(bot.Server.Messages).ChatId);
        Assert.Equal(["moved telegram:-800->-100800"], bot.Events.Log);
    }

    [Fact]
    public async Task An_edit_changes_the_message_text()
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: false);
        bot.Server.AddChat(FakeTelegramChat.Private(42));
        var story = Story("Edited");
        var posted = await bot.Platform.PostAsync(Post("42", story), default);

        var edited = await bot.Platform.EditAsync(Post("42", story with { AlsoReportedBy = ["Daily Planet"] }), posted.MessageId!, default);
        var again = await bot.Platform.EditAsync(Post("42", story with { AlsoReportedBy = ["Daily Planet"] }), posted.MessageId!, default);

        Assert.Equal(PostResult.Ok("1"), edited);
        Assert.Equal(PostResult.Ok("1"), again);
        Assert.Contains("Also reported by Daily Planet", Assert.Single(bot.Server.Edits).PlainText);
    }

    [Fact]
    public async Task A_rejected_token_is_permanent()
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: false, token: "999:WRONG");
        bot.Server.AddChat(FakeTelegramChat.Private(42));

        var result = await bot.Platform.PostAsync(Post("42", Story("Nope")), default);

        Assert.Equal(PostOutcome.Permanent, result.Outcome);
    }
}
