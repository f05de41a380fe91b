using NewsBot.Core.Stories.Clustering;

namespace NewsBot.Tests.Clustering;

public class ClusterStateTests
{
    [Fact]
    public void Restoring_a_snapshot_continues_exactly_like_an_uninterrupted_run()
    {
        var stories = ClusteringFixture.Stories();
        var uninterrupted = ClusteringFixture.Run(stories);

        var first = new StoryClusterer();
        foreach (var item in stories.Take(4))
            first.Add(item);
        var restored = StoryClusterer.Restore(first.Snapshot());
        var rest = stories.Skip(4).ToDictionary(i => i.Id, restored.Add);

        foreach (var (id, decision) in rest)
            Assert.Equal(uninterrupted[id].ClusterId, decision.ClusterId);
    }

    [Fact]
    public void Snapshot_survives_a_json_round_trip()
    {
        var stories = ClusteringFixture.Stories();
        var uninterrupted = ClusteringFixture.Run(stories);
        var first = new StoryClusterer();
        foreach (var item in stories.Take(5))
            first.Add(item);

        var json = System.Text.Json.JsonSerializer.Serialize(first.Snapshot());
        var state = System.Text.Json.JsonSerializer.Deserialize<ClusterState>(json)!;
        var restored = StoryClusterer.Restore(state);

        Assert.Equal(first.Snapshot().Items, state.Items);
        Assert.Equal(uninterrupted["final-2"].ClusterId, restored.Add(stories[5]).ClusterId);
    }

    [Fact]
    public void Snapshot_keeps_cluster_ids_and_frequencies()
    {
        var clusterer = new StoryClusterer();
        foreach (var item in ClusteringFixture.Stories().Take(3))
            clusterer.Add(item);

        var state = clusterer.Snapshot();

        Assert.Equal(["quake-1", "quake-2", "quake-3"], state.Items.Select(i => i.Item.Id));
        Assert.All(state.Items, i => Assert.Equal("quake-1", i.ClusterId));
        Assert.Equal(3, state.DocumentCount);
        Assert.Equal(3, state.DocumentFrequencies["E:marenza"]);
    }

    [Fact]
    public void Restoring_from_items_and_ids_alone_learns_frequencies_again()
    {
        var stories = ClusteringFixture.Stories();
        var rows = stories.Take(3).Select(i => new ClusteredItem(i, "stored-cluster-7")).ToList();
        var restored = StoryClusterer.Restore(new ClusterState(rows, new Dictionary<string, int>(), 0));

        var next = restored.Add(new ClusterItem("quake-4", "Aftershocks keep Marenza residents outdoors", "radio.example",
            stories[2].Published.AddHours(2), "Mayor Elena Sorvik said the Civil Protection Agency had checked 30 buildings in Marenza.",
            "Aftershocks kept residents of Marenza outdoors on Sunday night. Mayor Elena Sorvik said the Civil Protection Agency had checked the cathedral and 30 other buildings since the earthquake."));

        Assert.Equal(3, restored.Snapshot().DocumentCount - 1);
        Assert.Equal("stored-cluster-7", next.ClusterId);
    }

    [Fact]
    public void Learned_vocabulary_stays_under_its_cap()
    {
        var clusterer = new StoryClusterer(new ClusteringOptions { MaxVocabulary = 1000 });
        var t0 = new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 600; i++)
            clusterer.Add(new ClusterItem($"i{i}", $"zq{i}a zq{i}b zq{i}c shared", "x.example", t0.AddMinutes(i)));

        var state = clusterer.Snapshot();

        Assert.InRange(state.DocumentFrequencies.Count, 1, 1000);
        Assert.Equal(600, state.DocumentFrequencies["shared"]);
        Assert.Equal(600, state.DocumentCount);
    }
}
