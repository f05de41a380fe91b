using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Stories.Clustering;

namespace NewsBot.Tests.Clustering;

public class StoryClustererTests
{
    private static readonly DateTimeOffset T0 = new(2031, 3, 2, 6, 0, 0, TimeSpan.Zero);

    private static ClusterItem Item(string id, string title, string outlet, DateTimeOffset at, string? text = null) =>
        new(id, title, outlet, at, null, text);

    [Fact]
    public void Wire_copies_with_the_same_headline_merge_across_outlets()
    {
        var clusterer = new StoryClusterer();
        var first = clusterer.Add(Item("a", "Central bank raises rates to 4.5% in surprise move", "wire.example", T0, "Officials acted on Tuesday."));
        var copy = clusterer.Add(Item("b", "Central Bank Raises Rates to 4.5% in Surprise Move", "paper.example", T0.AddHours(3), "Completely different lead about markets."));

        Assert.False(first.JoinedExisting);
        Assert.True(copy.JoinedExisting);
        Assert.Equal(first.ClusterId, copy.ClusterId);
        Assert.Equal(1.0, copy.Score);
        Assert.Contains("wire copy", copy.Reason);
    }

    [Fact]
    public void Same_event_told_with_different_headlines_joins_one_cluster()
    {
        var d = ClusteringFixture.Run(ClusteringFixture.Stories());

        Assert.Equal(d["quake-1"].ClusterId, d["quake-3"].ClusterId);
        Assert.Equal(d["final-1"].ClusterId, d["final-2"].ClusterId);
        Assert.True(d["final-2"].JoinedExisting);
    }

    [Fact]
    public void Follow_up_days_later_stays_apart()
    {
        var d = ClusteringFixture.Run(ClusteringFixture.Stories());

        Assert.False(d["quake-inquiry"].JoinedExisting);
        Assert.NotEqual(d["quake-1"].ClusterId, d["quake-inquiry"].ClusterId);
    }

    [Fact]
    public void Different_events_on_the_same_day_in_the_same_place_stay_apart()
    {
        var d = ClusteringFixture.Run(ClusteringFixture.Stories());

        Assert.False(d["budget-1"].JoinedExisting);
        Assert.NotEqual(d["quake-1"].ClusterId, d["budget-1"].ClusterId);
        Assert.Contains("new cluster", d["budget-1"].Reason);
        Assert.True(d["budget-1"].Score < new ClusteringOptions().Threshold);
    }

    [Fact]
    public void Same_people_and_place_without_shared_event_words_stay_apart()
    {
        var quake = ClusteringFixture.Stories()[0];
        var clusterer = new StoryClusterer();
        clusterer.Add(quake);
        var festival = clusterer.Add(new ClusterItem("festival-1", "Jury chosen for spring film festival", "arts.example",
            quake.Published.AddHours(6),
            "Elena Sorvik of Marenza announced the jury of the spring film festival in Valdoria.",
            "Elena Sorvik of Marenza named director Livia Castor to chair the jury of the spring film festival. "
            + "The Valdorian culture office said twelve feature films will compete for the Golden Lantern prize in April."));

        Assert.False(festival.JoinedExisting);
        Assert.Contains("Marenza", festival.MatchedTerms);
        Assert.Matches(@"scored 0\.\d+ but words 0\.\d+ < 0\.200", festival.Reason);
    }

    [Fact]
    public void Decision_explains_score_and_shared_entities()
    {
        var d = ClusteringFixture.Run(ClusteringFixture.Stories())["quake-3"];

        Assert.True(d.JoinedExisting);
        Assert.InRange(d.Score, new ClusteringOptions().Threshold, 1.0);
        Assert.Contains("Marenza", d.MatchedTerms);
        Assert.Contains(d.MatchedTerms, t => t.EndsWith("Elena Sorvik", StringComparison.Ordinal));
        Assert.StartsWith("joined quake-1: score", d.Reason);
        Assert.Contains("entities", d.Reason);
    }

    [Fact]
    public void Every_item_gets_exactly_one_cluster_and_each_run_is_deterministic()
    {
        var once = ClusteringFixture.Run(ClusteringFixture.Stories());
        var twice = ClusteringFixture.Run(ClusteringFixture.Stories());

        Assert.Equal(7, once.Count);
        Assert.Equal(once.ToDictionary(kv => kv.Key, kv => kv.Value.ClusterId), twice.ToDictionary(kv => kv.Key, kv => kv.Value.ClusterId));
        Assert.Equal(4, once.Values.Select(v => v.ClusterId).Distinct().Count());
    }

    [Fact]
    public void Items_older_than_the_window_are_evicted_as_new_ones_arrive()
    {
        var clusterer = new StoryClusterer(new ClusteringOptions { Window = TimeSpan.FromHours(24) });
        for (var i = 0; i < 50; i++)
            clusterer.Add(Item($"n{i}", $"Unrelated headline number {i} about topic{i}", "x.example", T0.AddHours(6 * i)));

        // One item every 6 h with a 24 h window: the newest and the four before it remain.
        Assert.Equal(5, clusterer.WindowCount);
        Assert.Equal(5, clusterer.ClusterCount);
        Assert.All(clusterer.Snapshot().Items, c => Assert.True(c.Item.Published >= T0.AddHours(6 * 49 - 24)));
    }

    [Fact]
    public void Clock_driven_eviction_empties_the_window_when_time_passes()
    {
        var clock = new FakeTimeProvider(T0);
        var clusterer = new StoryClusterer(new ClusteringOptions(), clock);
        clusterer.Add(Item("a", "Harbour fire closes port of Marenza", "x.example", T0));
        clusterer.Add(Item("b", "Ferry strike delays crossings to Kellsby", "y.example", T0.AddHours(1)));
        Assert.Equal(2, clusterer.WindowCount);

        clock.Advance(TimeSpan.FromHours(50));
        clusterer.Evict();

        Assert.Equal(0, clusterer.WindowCount);
        Assert.Equal(0, clusterer.ClusterCount);
    }

    [Fact]
    public void A_wire_copy_outside_the_window_starts_a_new_cluster()
    {
        var clusterer = new StoryClusterer();
        var first = clusterer.Add(Item("a", "Valdoria election results announced tonight", "x.example", T0));
        var later = clusterer.Add(Item("b", "Valdoria election results announced tonight", "y.example", T0.AddDays(4)));

        Assert.False(later.JoinedExisting);
        Assert.NotEqual(first.ClusterId, later.ClusterId);
    }

    [Fact]
    public void Empty_id_is_rejected_with_a_clear_error()
    {
        var clusterer = new StoryClusterer();
        var e = Assert.Throws<ArgumentException>(() => clusterer.Add(Item(" ", "Title", "x", T0)));
        Assert.Contains("Id", e.Message);
        Assert.Equal(0, clusterer.WindowCount);
    }

    [Fact]
    public void Options_out_of_range_are_rejected_by_name()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new StoryClusterer(new ClusteringOptions { Threshold = 0 }));
        Assert.Equal("Threshold", e.ParamName);
    }
}
