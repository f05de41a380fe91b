using NewsBot.Core.Stories.Clustering;

namespace NewsBot.Tests.Clustering;

/// <summary>Reads the hand-written stories in Fixtures/Clustering and labelled JSONL files from ../shared.</summary>
internal static class ClusteringFixture
{
    public static string StoriesPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Clustering", "stories.jsonl");

    public static List<ClusterItem> Stories() => Read(StoriesPath).Select(r => r.Item).ToList();

    /// <summary>Items in file order with their gold "cluster" label (empty when the line has none).</summary>
    public static List<(ClusterItem Item, string Gold)> Read(string path)
    {
        var rows = new List<(ClusterItem, string)>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            Assert.True(ClusterItemJson.TryParse(line, out var item, out var error), error);
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            var gold = doc.RootElement.TryGetProperty("cluster", out var c) ? c.GetString() ?? "" : "";
            rows.Add((item!, gold));
        }
        return rows;
    }

    /// <summary>Runs every item through a fresh clusterer; returns id -> decision.</summary>
    public static Dictionary<string, ClusterDecision> Run(IEnumerable<ClusterItem> items, ClusteringOptions? options = null)
    {
        var clusterer = new StoryClusterer(options);
        return items.ToDictionary(i => i.Id, clusterer.Add);
    }
}
