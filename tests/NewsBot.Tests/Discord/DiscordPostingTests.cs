using Microsoft.Extensions.Logging;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Commands;
using NewsBot.Core.Digests;
using NewsBot.Fakes.Discord;

namespace NewsBot.Tests.Discord;

public class DiscordPostingTests
{
    private static readonly FakeDiscordOptions Tight = new() { MessageLimit = 5, MessageWindow = TimeSpan.FromSeconds(1), GlobalLimit = 20 };

    private static ScriptedDispatcher Dispatcher() => new(_ => Task.FromResult(CommandReply.Say("ok")));

    private static Task<DiscordTestBot> BotAsync(FakeDiscordServer fake, Action<Dictionary<string, string?>>? configure = null) =>
        DiscordTestBot.StartAsync(fake, Dispatcher(), s =>
        {
            s["Discord:GlobalRequestsPerSecond"] = fake.Options.GlobalLimit.ToString();
            configure?.Invoke(s);
        }, startGateway: false);

    private static OutgoingPost Post(string channel, string key, string headline = "Ceasefire holds") => new()
    {
        ChannelId = channel,
        IdempotencyKey = key,
        Digests = [new Digest { Headline = headline, Summary = "Calm overnight.", Outlet = "Wire", Link = "https://wire.example/a" }],
    };

    [Fact]
    public async Task Story_mentioning_everyone_is_sent_with_mentions_disabled()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotAsync(fake);

        var result = await bot.Platform.PostAsync(Post("100", "outbox-1", "@everyone @here protest called"), CancellationToken.None);

        Assert.Equal(PostOutcome.Posted, result.Outcome);
        var message = Assert.Single(fake.Records.Messages);
        Assert.Equal(result.MessageId, message.Id);
        Assert.Equal(0, message.Body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Contains("@everyone", message.Body.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal(("outbox-1", true), (message.Nonce, message.Body.GetProperty("enforce_nonce").GetBoolean()));
        var button = message.Body.GetProperty("components")[0].GetProperty("components")[0];
        Assert.Equal((5, "https://wire.example/a"), (button.GetProperty("style").GetInt32(), button.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task Same_outbox_key_posted_twice_gives_one_message()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotAsync(fake);
        var key = "outbox:discord:100:" + new string('7', 40);

        var first = await bot.Platform.PostAsync(Post("100", key), CancellationToken.None);
        var again = await bot.Platform.PostAsync(Post("100", key), CancellationToken.None);

        Assert.Equal(first.MessageId, again.MessageId);
        var message = Assert.Single(fake.Records.Messages);
        Assert.Equal(25, message.Nonce!.Length);
        Assert.Equal(1, fake.Records.NonceDuplicates);
    }

    [Fact]
    public async Task Burst_to_several_channels_stays_within_buckets_and_the_global_limit()
    {
        await using var fake = await FakeDiscordServer.StartAsync(Tight);
        await using var bot = await BotAsync(fake);

        var posts = Enumerable.Range(0, 40).Select(i => bot.Platform.PostAsync(Post($"20{i % 4}", $"burst-{i}"), CancellationToken.None));
        var results = await Task.WhenAll(posts);

        Assert.All(results, r => Assert.Equal(PostOutcome.Posted, r.Outcome));
        Assert.Equal(40, fake.Records.Messages.Count);
        Assert.Empty(fake.Records.RateLimitHits);
    }

    [Fact]
    public async Task Edits_share_the_message_bucket_once_it_is_named()
    {
        await using var fake = await FakeDiscordServer.StartAsync(Tight);
        await using var bot = await BotAsync(fake);
        var first = await bot.Platform.PostAsync(Post("300", "share-0"), CancellationToken.None);
        await bot.Platform.EditAsync(Post("300", "share-0", "Ceasefire holds, talks next"), first.MessageId!, CancellationToken.None);

        var work = Enumerable.Range(1, 12).Select(i => i % 2 == 0
            ? bot.Platform.PostAsync(Post("300", $"share-{i}"), CancellationToken.None)
            : bot.Platform.EditAsync(Post("300", "share-0", $"Update {i}"), first.MessageId!, CancellationToken.None));
        var results = await Task.WhenAll(work);

        Assert.All(results, r => Assert.Equal(PostOutcome.Posted, r.Outcome));
        Assert.Empty(fake.Records.RateLimitHits);
        Assert.Equal(7, fake.Records.Edits.Count);
        Assert.All(fake.Records.Edits, e => Assert.Equal(0, e.Body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength()));
    }

    [Fact]
    public async Task A_429_from_someone_else_using_the_bucket_is_waited_out()
    {
        await using var fake = await FakeDiscordServer.StartAsync(Tight);
        await using var one = await BotAsync(fake);
        await using var two = await BotAsync(fake);

        var posts = Enumerable.Range(0, 12).Select(i => (i % 2 == 0 ? one : two).Platform.PostAsync(Post("400", $"shared-{i}"), CancellationToken.None));
        var results = await Task.WhenAll(posts);

        Assert.All(results, r => Assert.Equal(PostOutcome.Posted, r.Outcome));
        Assert.Equal(12, fake.Records.Messages.Count);
        Assert.NotEmpty(fake.Records.RateLimitHits);
        Assert.All(fake.Records.RateLimitHits, h => Assert.Equal("user", h.Scope));
    }

    [Fact]
    public async Task Unknown_channel_is_gone_and_missing_permissions_is_forbidden()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotAsync(fake);
        fake.MarkGone("500");
        fake.MarkForbidden("501");

        var gone = await bot.Platform.PostAsync(Post("500", "g"), CancellationToken.None);
        var forbidden = await bot.Platform.PostAsync(Post("501", "f"), CancellationToken.None);

        Assert.Equal(PostOutcome.ChannelGone, gone.Outcome);
        Assert.Contains("10003", gone.Error);
        Assert.Equal(PostOutcome.Forbidden, forbidden.Outcome);
        Assert.Equal("501", Assert.Single(bot.Events.Forbidden).ChannelId);
    }

    [Fact]
    public async Task Rejected_token_stops_all_requests_after_the_first()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotAsync(fake, s => s["Discord:Token"] = "revoked-token");

        var first = await bot.Platform.PostAsync(Post("600", "a"), CancellationToken.None);
        var second = await bot.Platform.PostAsync(Post("600", "b"), CancellationToken.None);

        Assert.Equal((PostOutcome.Permanent, PostOutcome.Permanent), (first.Outcome, second.Outcome));
        Assert.Single(fake.Records.UnauthorizedPaths);
        Assert.Single(bot.Logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Message.Contains("revoked-token"));
    }

    [Fact]
    public async Task Silent_post_suppresses_notifications_and_thread_posts_go_to_the_thread()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotAsync(fake);

        await bot.Platform.PostAsync(Post("700", "s") with { Silent = true, ThreadId = "701" }, CancellationToken.None);

        var message = Assert.Single(fake.Records.Messages);
        Assert.Equal(("701", 4096), (message.ChannelId, message.Body.GetProperty("flags").GetInt32()));
    }
}
