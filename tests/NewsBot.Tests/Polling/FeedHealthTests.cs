using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Delivery;
using NewsBot.Core.Stories;
using NewsBot.Fakes.Web;

namespace NewsBot.Tests.Polling;

public class FeedHealthTests
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_failing_feed_backs_off_exponentially_is_reported_once_and_recovers()
    {
        await using var rig = await PollerRig.StartAsync(null, ("news", "/news.xml"));
        rig.Server.Map("/news.xml", FakeRoute.WithStatus(500));

        // interval 10 min x 2^n, capped at Polling:MaxBackoffMinutes = 60
        var expected = new[] { 20, 40, 60, 60 };
        for (var n = 1; n <= expected.Length; n++)
        {
            var now = rig.Clock.GetUtcNow();
            Assert.Equal(0, await rig.PollAsync("news"));
            var state = await rig.StateAsync("news");
            Assert.Equal(n, state.Failures);
            Assert.Equal(now + TimeSpan.FromMinutes(expected[n - 1]) - Tolerance, state.NextPollAt);
            Assert.Equal(n >= 3, state.Failing); // Polling:FailuresBeforeAlert = 3
            Assert.Contains("500", state.LastError);

            // Not due yet: a poll before NextPollAt does not touch the server.
            rig.Clock.Advance(TimeSpan.FromMinutes(5));
            await rig.PollAsync("news");
            Assert.Equal(n, rig.Server.RequestCount("/news.xml"));
            await rig.AdvanceToNextPollAsync("news");
        }

        var notices = await rig.TakeOutboxAsync();
        var notice = Assert.Single(notices);
        Assert.Equal(OutboxKind.Notice, notice.Kind);
        Assert.Equal(PollerRig.Channel, notice.Channel);
        Assert.Contains("failing", notice.Heading, StringComparison.OrdinalIgnoreCase);

        rig.Server.Map("/news.xml", FakeRoute.Feed(TestFeeds.Rss(TestFeeds.Numbered(2, PollerRig.Start))));
        Assert.Equal(2, await rig.PollAsync("news"));
        var recovered = await rig.StateAsync("news");
        Assert.False(recovered.Failing);
        Assert.Equal(0, recovered.Failures);
        Assert.Null(recovered.LastError);
        Assert.Empty(await rig.TakeOutboxAsync()); // first poll records without posting, and no second notice
    }

    [Fact]
    public async Task Retry_after_is_honoured_when_longer_than_the_backoff()
    {
        await using var rig = await PollerRig.StartAsync(null, ("news", "/news.xml"));
        rig.Server.Map("/news.xml", FakeRoute.WithStatus(503, retryAfter: "7200"));

        await rig.PollAsync("news");

        var state = await rig.StateAsync("news");
        Assert.Equal(PollerRig.Start + TimeSpan.FromHours(2) - Tolerance, state.NextPollAt);
        Assert.False(state.Failing);
    }

    [Fact]
    public async Task Cache_control_max_age_delays_the_next_poll()
    {
        await using var rig = await PollerRig.StartAsync(null, ("news", "/news.xml"));
        rig.Server.Map("/news.xml", FakeRoute.Feed(TestFeeds.Rss(TestFeeds.Numbered(1, PollerRig.Start))) with
        {
            Headers = new Dictionary<string, string> { ["Cache-Control"] = "max-age=1800" },
        });

        await rig.PollAsync("news");

        Assert.Equal(PollerRig.Start + TimeSpan.FromMinutes(30) - Tolerance, (await rig.StateAsync("news")).NextPollAt);
        rig.Clock.Advance(TimeSpan.FromMinutes(20));
        await rig.PollAsync("news");
        Assert.Equal(1, rig.Server.RequestCount("/news.xml"));
    }

    [Fact]
    public async Task Feed_ttl_delays_the_next_poll()
    {
        await using var rig = await PollerRig.StartAsync(null, ("news", "/news.xml"));
        var feed = new FeedConfig { Id = "news", Url = "https://news.example/rss", IntervalMinutes = 10 };
        var state = new FeedState { FeedId = "news", Url = "https://news.example/rss", ConfiguredUrl = "https://news.example/rss" };
        var fetched = new FetchResult { Status = FetchStatus.Ok, HttpStatus = 200 };

        await rig.Health.RecordSuccessAsync(feed, state, fetched, ttlMinutes: 45, rig.Clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal(PollerRig.Start + TimeSpan.FromMinutes(45) - Tolerance, (await rig.StateAsync("news")).NextPollAt);
    }
}
