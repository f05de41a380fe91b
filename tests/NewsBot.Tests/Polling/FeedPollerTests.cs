using NewsBot.Fakes.Web;

namespace NewsBot.Tests.Polling;

public class FeedPollerTests
{
    [Fact]
    public async Task A_permanent_redirect_updates_the_stored_url()
    {
        await using var rig = await PollerRig.StartAsync(null, ("news", "/old.xml"));
        rig.Server.Map("/old.xml", FakeRoute.Redirect(301, "/new.xml"));
        rig.Server.Map("/new.xml", FakeRoute.Feed(TestFeeds.Rss(TestFeeds.Numbered(2, PollerRig.Start))));

        Assert.Equal(2, await rig.PollAsync("news"));
        Assert.Equal(rig.Server.Url("/new.xml").AbsoluteUri, (await rig.StateAsync("news")).Url);

        await rig.AdvanceToNextPollAsync("news");
        await rig.PollAsync("news");
        Assert.Equal(1, rig.Server.RequestCount("/old.xml"));
        Assert.Equal(2, rig.Server.RequestCount("/new.xml"));
    }

    [Fact]
    public async Task A_temporary_redirect_keeps_the_configured_url()
    {
        await using var rig = await PollerRig.StartAsync(null, ("news", "/old.xml"));
        rig.Server.Map("/old.xml", FakeRoute.Redirect(302, "/new.xml"));
        rig.Server.Map("/new.xml", FakeRoute.Feed(TestFeeds.Rss(TestFeeds.Numbered(1, PollerRig.Start))));

        await rig.PollAsync("news");

        Assert.Equal(rig.Server.Url("/old.xml").AbsoluteUri, (await rig.StateAsync("news")).Url);
    }

    [Fact]
    public async Task Not_modified_stores_nothing()
    {
        await using var rig = await PollerRig.StartAsync(null, ("news", "/news.xml"));
        rig.Server.Map("/news.xml", FakeRoute.Feed(TestFeeds.Rss(TestFeeds.Numbered(3, PollerRig.Start))) with { ETag = "\"v1\"" });
        Assert.Equal(3, await rig.PollAsync("news"));
        var before = await rig.StateAsync("news");

        await rig.AdvanceToNextPollAsync("news");
        Assert.Equal(0, await rig.PollAsync("news"));

        Assert.Equal("\"v1\"", rig.Server.LastRequestHeaders("/news.xml")!["If-None-Match"]);
        var after = await rig.StateAsync("news");
        Assert.Equal(3, await rig.Store.CountStoriesAsync(CancellationToken.None));
        Assert.Equal("\"v1\"", after.ETag);
        Assert.True(after.LastPolledAt > before.LastPolledAt);
        Assert.Empty(await rig.TakeOutboxAsync());
    }

    [Fact]
    public async Task The_first_poll_records_without_posting_and_later_stories_are_posted()
    {
        await using var rig = await PollerRig.StartAsync(null, ("news", "/news.xml"));
        var items = TestFeeds.Numbered(4, PollerRig.Start);
        rig.Server.Map("/news.xml", FakeRoute.Feed(TestFeeds.Rss(items[..3])));

        Assert.Equal(3, await rig.PollAsync("news"));
        Assert.True((await rig.StateAsync("news")).Initialized);
        Assert.Empty(await rig.TakeOutboxAsync());

        rig.Server.Map("/news.xml", FakeRoute.Feed(TestFeeds.Rss(items)));
        await rig.AdvanceToNextPollAsync("news");
        Assert.Equal(1, await rig.PollAsync("news"));

        var posted = Assert.Single(await rig.TakeOutboxAsync());
        Assert.Equal(PollerRig.Channel, posted.Channel);
        Assert.Equal("Harbor story 4", Assert.Single(await rig.StoriesAsync(posted.StoryIds)).Title);
    }

    [Fact]
    public async Task The_first_poll_posts_the_newest_n_when_configured()
    {
        await using var rig = await PollerRig.StartAsync(new Dictionary<string, string> { ["FirstPollPostNewest"] = "2" }, ("news", "/news.xml"));
        // Newest first in the document, as most feeds are.
        rig.Server.Map("/news.xml", FakeRoute.Feed(TestFeeds.Rss(TestFeeds.Numbered(5, PollerRig.Start).Reverse().ToArray())));

        Assert.Equal(5, await rig.PollAsync("news"));

        var posted = await rig.TakeOutboxAsync();
        Assert.Equal(2, posted.Count);
        var titles = await rig.StoriesAsync(posted.SelectMany(p => p.StoryIds));
        Assert.Equal(["Harbor story 4", "Harbor story 5"], titles.Select(s => s.Title)); // oldest of the two first
    }

    [Fact]
    public async Task An_edited_title_or_a_reordered_feed_is_not_a_new_story()
    {
        await using var rig = await PollerRig.StartAsync(null, ("news", "/news.xml"));
        var items = TestFeeds.Numbered(3, PollerRig.Start);
        rig.Server.Map("/news.xml", FakeRoute.Feed(TestFeeds.Rss(items)));
        Assert.Equal(3, await rig.PollAsync("news"));

        var edited = items.Reverse().Select((item, i) => i == 0 ? item with { Title = item.Title + " (updated)", Text = item.Text + " More details." } : item).ToArray();
        rig.Server.Map("/news.xml", FakeRoute.Feed(TestFeeds.Rss(edited)));
        await rig.AdvanceToNextPollAsync("news");

        Assert.Equal(0, await rig.PollAsync("news"));
        Assert.Equal(3, await rig.Store.CountStoriesAsync(CancellationToken.None));
        Assert.Empty(await rig.TakeOutboxAsync());
        Assert.Equal(2, rig.Server.RequestCount("/news.xml"));
    }
}
