using NewsBot.Core.Delivery;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Commands;

public class CommandTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Latest_topic_returns_newest_matching_digests_with_count()
    {
        var f = await CommandFixture.CreateAsync();
        for (var i = 0; i < 6; i++)
            await f.Store.AddAsync(StoreFixture.Story("a", $"s{i}", $"Syria story {i}", Day.AddHours(i), topics: ["syria"]));
        await f.Store.AddAsync(StoreFixture.Story("a", "x", "Rowing story", Day.AddHours(10), topics: ["sport"]));

        var reply = await f.RunAsync("/latest syria");
        Assert.Equal(["Syria story 5", "Syria story 4", "Syria story 3"], reply.Digests.Select(d => d.Headline));
        Assert.Equal(5, (await f.RunAsync("/latest syria 5")).Digests.Count);
        Assert.Equal(6, (await f.RunAsync("/latest Syria 10")).Digests.Count);
    }

    [Fact]
    public async Task Latest_shows_each_event_once_with_its_sources()
    {
        var f = await CommandFixture.CreateAsync();
        await f.Store.AddAsync(StoreFixture.Story("a", "1", "Summit in Astana", Day, topics: ["syria"], cluster: "c1", outlet: "Reuters"));
        await f.Store.AddAsync(StoreFixture.Story("b", "2", "Astana summit opens", Day.AddMinutes(30), topics: ["syria"], cluster: "c1", outlet: "Al Jazeera"));
        await f.Store.AddAsync(StoreFixture.Story("c", "3", "Other Syria news", Day.AddHours(1), topics: ["syria"]));
        var reply = await f.RunAsync("/latest syria");
        Assert.Equal(2, reply.Digests.Count);
        var summit = reply.Digests.Single(d => d.Headline == "Summit in Astana");
        Assert.Equal(["Al Jazeera"], summit.AlsoReportedBy);
    }

    [Fact]
    public async Task Latest_words_searches_and_ranks_relevant_recent_stories_first()
    {
        var f = await CommandFixture.CreateAsync();
        var rng = new Random(7);
        string[] filler = ["market", "council", "weather", "football", "election", "budget", "school", "harbour", "concert", "bridge"];
        for (var i = 0; i < 300; i++)
        {
            var words = string.Join(' ', Enumerable.Range(0, 30).Select(_ => filler[rng.Next(filler.Length)]));
            await f.Store.AddAsync(StoreFixture.Story("gen", $"g{i}", $"Story {i} about {filler[i % filler.Length]}", Day.AddMinutes(i), words));
        }
        await f.Store.AddAsync(StoreFixture.Story("gen", "old", "Wheat prices fall in Damascus bakeries", Day.AddDays(-30), "Bread and wheat prices fell."));
        await f.Store.AddAsync(StoreFixture.Story("gen", "new", "Wheat prices fall again", Day.AddDays(1), "Wheat prices fell for a second week."));
        await f.Store.AddAsync(StoreFixture.Story("gen", "weak", "Harbour concert", Day.AddDays(1), "A concert; wheat was mentioned once."));

        var reply = await f.RunAsync("/latest wheat prices");
        Assert.Equal("Stories matching \"wheat prices\":", reply.Text);
        Assert.Equal(["Wheat prices fall again", "Wheat prices fall in Damascus bakeries"], reply.Digests.Take(2).Select(d => d.Headline));
        // One word matching only in the body still finds it.
        Assert.Contains((await f.RunAsync("/latest bread")).Digests, d => d.Headline.Contains("Damascus", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_found_names_the_closest_topics()
    {
        var f = await CommandFixture.CreateAsync();
        var reply = await f.RunAsync("/latest syrai");
        Assert.Contains("Nothing found for \"syrai\"", reply.Text);
        Assert.Contains("syria", reply.Text);
        var empty = await f.RunAsync("/latest weather");
        Assert.StartsWith("No Weather stories yet.", empty.Text);
    }

    [Theory]
    [InlineData("/latest", "Usage: /latest")]
    [InlineData("/latest syria 11", "between 1 and 10")]
    [InlineData("/latest syria 0", "between 1 and 10")]
    [InlineData("/frobnicate", "Unknown command /frobnicate")]
    [InlineData("/subscribe", "Usage: /subscribe")]
    [InlineData("/subscribe mars", "There is no topic 'mars'")]
    [InlineData("/subscribe weather weekly", "cadence must be")]
    [InlineData("/unsubscribe", "Usage: /unsubscribe")]
    [InlineData("/unsubscribe weather extra", "Usage: /unsubscribe")]
    [InlineData("/unsubscribe weather", "not subscribed to 'weather'")]
    [InlineData("/unsubscribe syria", "set in config/newsbot.json")]
    public async Task Bad_input_gets_a_short_clear_reply_and_changes_nothing(string line, string expected)
    {
        var f = await CommandFixture.CreateAsync();
        var reply = await f.RunAsync(line);
        Assert.True(reply.IsError, reply.Text);
        Assert.Contains(expected, reply.Text);
        Assert.Empty(await f.Store.ListSubscriptionsAsync(default));
    }

    [Fact]
    public async Task Over_long_queries_and_control_characters_are_handled()
    {
        var f = await CommandFixture.CreateAsync();
        var longReply = await f.RunAsync("/latest " + new string('a', 500));
        Assert.True(longReply.IsError);
        Assert.Contains("too long", longReply.Text);
        var odd = await f.RunAsync("/latest <b>syria</b>\u0007 `x`");
        Assert.False(odd.IsError);
        Assert.DoesNotContain("<b>", odd.Text);
    }

    [Fact]
    public async Task Only_admins_subscribe_and_unsubscribe_anyone_reads()
    {
        var f = await CommandFixture.CreateAsync();
        var refused = await f.RunAsync("/subscribe weather", admin: false, channel: "c2");
        Assert.True(refused.IsError);
        Assert.Contains("Only channel admins", refused.Text);
        Assert.Empty(await f.Store.ListSubscriptionsAsync(default));
        Assert.False((await f.RunAsync("/latest syria", admin: false)).IsError);
        Assert.False((await f.RunAsync("/topics", admin: false)).IsError);
        Assert.False((await f.RunAsync("/help", admin: false)).IsError);
        Assert.True((await f.RunAsync("/status", admin: false)).IsError);

        var ok = await f.RunAsync("/subscribe weather daily 07:30", channel: "c2");
        Assert.Contains("daily roll-up at 07:30", ok.Text);
        var sub = Assert.Single(await f.Store.ListSubscriptionsAsync(default));
        Assert.Equal(("console:c2", "weather", CadenceKind.Daily), (sub.Channel, sub.Topic, sub.Cadence.Kind));
        Assert.True((await f.RunAsync("/unsubscribe weather", admin: false, channel: "c2")).IsError);
        Assert.Contains("Unsubscribed", (await f.RunAsync("/unsubscribe weather", channel: "c2")).Text);
        Assert.Empty(await f.Store.ListSubscriptionsAsync(default));
    }

    [Fact]
    public async Task Json_and_command_subscriptions_live_side_by_side()
    {
        var f = await CommandFixture.CreateAsync();
        await f.RunAsync("/subscribe weather hourly");
        var list = (await f.RunAsync("/subscriptions")).Text!;
        Assert.Contains("syria — instant (set in newsbot.json)", list);
        Assert.Contains("weather — hourly", list);
        Assert.DoesNotContain("weather — hourly (set in newsbot.json)", list);
        var topics = (await f.RunAsync("/topics")).Text!;
        Assert.Contains("• syria — Syria, Damascus", topics);
        Assert.Contains("✓ subscribed here", topics);
        var again = await f.RunAsync("/subscribe syria hourly");
        Assert.Contains("through config/newsbot.json", again.Text);
    }

    [Fact]
    public async Task Help_lists_every_command_from_the_shared_descriptions()
    {
        var f = await CommandFixture.CreateAsync();
        var help = (await f.RunAsync("/help")).Text!;
        foreach (var d in f.Dispatcher.Descriptions)
            Assert.Contains("/" + d.Name, help);
        Assert.Contains("/latest <query> [count]", help);
    }

    [Fact]
    public async Task A_user_sending_more_than_5_commands_in_10_seconds_is_asked_to_slow_down()
    {
        var f = await CommandFixture.CreateAsync();
        for (var i = 0; i < 5; i++)
            Assert.False((await f.RunAsync("/help", user: "fast")).IsError);
        var sixth = await f.RunAsync("/help", user: "fast");
        Assert.Contains("wait a few seconds", sixth.Text);
        Assert.False((await f.RunAsync("/help", user: "other")).IsError);
        f.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.False((await f.RunAsync("/help", user: "fast")).IsError);
    }

    [Fact]
    public async Task Status_and_retry_show_and_requeue_parked_deliveries()
    {
        var f = await CommandFixture.CreateAsync();
        await f.Store.AddAsync(StoreFixture.Story("a", "1", "Syria story", Day, topics: ["syria"]), "console:main");
        var claimed = Assert.Single(await f.Store.ClaimAsync("w", f.Clock.GetUtcNow(), 10, TimeSpan.FromMinutes(1), default));
        await f.Store.ParkAsync(claimed.Id, "Forbidden: missing permissions", f.Clock.GetUtcNow(), default);
        var status = (await f.RunAsync("/status")).Text!;
        Assert.Contains("parked: 1", status);
        Assert.Contains("missing permissions", status);
        Assert.Contains("Queued 1 parked deliveries again", (await f.RunAsync("/retry")).Text);
        Assert.Single(await f.Store.ClaimAsync("w", f.Clock.GetUtcNow(), 10, TimeSpan.FromMinutes(1), default));
    }

    [Fact]
    public async Task Autocomplete_offers_topic_names()
    {
        var f = await CommandFixture.CreateAsync();
        Assert.Equal(["syria"], f.Dispatcher.CompleteTopics("sy"));
        Assert.Contains("russia", f.Dispatcher.CompleteTopics("ss"));
        Assert.True(f.Dispatcher.CompleteTopics("").Count <= 25);
    }
}
