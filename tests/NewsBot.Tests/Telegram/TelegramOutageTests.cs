using NewsBot.Core.Abstractions;
using NewsBot.Core.Digests;
using NewsBot.Fakes.Telegram;

namespace NewsBot.Tests.Telegram;

/// <summary>
/// A long Bot API outage compressed into seconds: the server answers 502, then drops connections, then recovers.
/// The test plays the outbox (retrying Transient results); nothing may be lost and nothing sent twice.
/// </summary>
public sealed class TelegramOutageTests
{
    private static OutgoingPost Post(long chat, int n, string summary = "Details follow.") => new()
    {
        ChannelId = chat.ToString(),
        Digests = [new Digest { Headline = $"Story {n}", Summary = summary, Outlet = "Wire" }],
        IdempotencyKey = $"post-{n}",
    };

    [Fact]
    public async Task Posts_and_commands_during_an_outage_are_all_delivered_once()
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: true);
        long[] chats = [11, 12, 13, 14, 15, 16, -21, -22, -23, -24, -25, -26];
        foreach (var chat in chats)
            bot.Server.AddChat(chat > 0 ? FakeTelegramChat.Private(chat) : FakeTelegramChat.Group(chat));
        var pending = Enumerable.Range(0, 12).Select(n => Post(chats[n], n)).ToList();
        var outcomes = new List<PostOutcome>();

        for (var round = 0; round < 40 && pending.Count > 0; round++)
        {
            if (round == 1)
                bot.Server.StartOutage(FakeOutageKind.ServerError);
            if (round == 2)
                bot.Server.InjectMessage(11, 11, "/help");
            if (round == 3)
                bot.Server.StartOutage(FakeOutageKind.DropConnection);
            if (round == 4)
            {
                bot.Server.EndOutage();
                await bot.Server.RefuseConnectionsAsync();
            }
            if (round == 6)
                await bot.Server.AcceptConnectionsAsync();
            var batch = round == 0 ? pending.Take(4).ToList() : pending.ToList();
            var results = await Task.WhenAll(batch.Select(p => bot.Platform.PostAsync(p, default)));
            outcomes.AddRange(results.Select(r => r.Outcome));
            var posted = batch.Where((_, i) => results[i].Outcome == PostOutcome.Posted).ToHashSet();
            pending.RemoveAll(posted.Contains);
        }

        var replies = await bot.Server.WaitForMessagesAsync(13, TimeSpan.FromSeconds(60));
        Assert.Empty(pending);
        Assert.Contains(PostOutcome.Transient, outcomes);
        Assert.DoesNotContain(outcomes, o => o is not (PostOutcome.Posted or PostOutcome.Transient));
        var headlines = bot.Server.Messages.Where(m => m.PlainText.StartsWith("Story ")).Select(m => m.PlainText.Split('\n')[0]).ToList();
        Assert.Equal(Enumerable.Range(0, 12).Select(n => $"Story {n}").Order(), headlines.Order());
        Assert.Single(bot.Server.Messages, m => m.PlainText.StartsWith("help "));
        Assert.Empty(bot.Server.TooManyRequests);
    }

    [Fact]
    public async Task A_split_post_cut_by_an_outage_resumes_without_repeating_parts()
    {
        await using var bot = await TelegramTestBot.StartAsync(receive: false);
        bot.Server.AddChat(FakeTelegramChat.Private(11));
        var post = Post(11, 1, string.Join(" ", Enumerable.Range(0, 1500).Select(i => $"word{i}")));
        bot.Server.StartOutageAfter(1, FakeOutageKind.DropConnection);

        var cut = await bot.Platform.PostAsync(post, default);
        bot.Server.EndOutage();
        var resumed = await bot.Platform.PostAsync(post, default);
        var repeated = await bot.Platform.PostAsync(post, default);

        Assert.Equal((PostOutcome.Transient, "1"), (cut.Outcome, cut.MessageId));
        Assert.Equal(PostResult.Ok("1"), resumed);
        Assert.Equal(PostResult.Ok("1"), repeated);
        var parts = bot.Server.Messages;
        Assert.Equal(parts.Count, parts.Select(m => m.PlainText).Distinct().Count());
        Assert.Contains("word0 ", parts[0].PlainText);
        Assert.EndsWith("word1499", parts[^1].PlainText);
    }
}
