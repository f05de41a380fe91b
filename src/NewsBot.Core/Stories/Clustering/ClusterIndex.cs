namespace NewsBot.Core.Stories.Clustering;

/// <summary>
/// Which clusters hold which words and entities, so a new item is only scored against clusters that share at
/// least one key with it. Also keeps the wire-copy lookup (normalized title -> latest item with that title).
/// </summary>
internal sealed class ClusterIndex
{
    private readonly Dictionary<string, HashSet<StoryCluster>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WindowItem> _byTitle = new(StringComparer.Ordinal);

    public void Add(WindowItem item)
    {
        var cluster = item.Cluster;
        Link(cluster, cluster.Words.Add(item.Words));
        Link(cluster, cluster.Entities.Add(item.Entities));
        if (item.Features.NormalizedTitle.Length > 0)
            _byTitle[item.Features.NormalizedTitle] = item;
    }

    public void Remove(WindowItem item)
    {
        var cluster = item.Cluster;
        Unlink(cluster, cluster.Words.Remove(item.Words));
        Unlink(cluster, cluster.Entities.Remove(item.Entities));
        if (_byTitle.TryGetValue(item.Features.NormalizedTitle, out var latest) && ReferenceEquals(latest, item))
            _byTitle.Remove(item.Features.NormalizedTitle);
    }

    public WindowItem? WithTitle(string normalizedTitle) =>
        normalizedTitle.Length > 0 && _byTitle.TryGetValue(normalizedTitle, out var item) ? item : null;

    /// <summary>Clusters sharing at least one word or entity with the vectors given.</summary>
    public HashSet<StoryCluster> Candidates(WeightedVector words, WeightedVector entities)
    {
        var found = new HashSet<StoryCluster>();
        foreach (var key in words.Weights.Keys.Concat(entities.Weights.Keys))
        {
            if (_byKey.TryGetValue(key, out var clusters))
                found.UnionWith(clusters);
        }
        return found;
    }

    private void Link(StoryCluster cluster, List<string> keys)
    {
        foreach (var key in keys)
        {
            if (!_byKey.TryGetValue(key, out var set))
                _byKey[key] = set = [];
            set.Add(cluster);
        }
    }

    private void Unlink(StoryCluster cluster, List<string> keys)
    {
        foreach (var key in keys)
        {
            if (_byKey.TryGetValue(key, out var set) && set.Remove(cluster) && set.Count == 0)
                _byKey.Remove(key);
        }
    }
}
