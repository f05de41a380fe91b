namespace NewsBot.Core.Stories.Clustering;

/// <summary>
/// How close an item is to a cluster: cosine to the cluster's word centroid, cosine to its entity centroid, and
/// their weighted mean. An item with no entities (headline-only feeds) is scored on words alone, and vice versa.
/// </summary>
internal readonly record struct Similarity(double Words, double Entities, double Total)
{
    public static Similarity Of(WeightedVector words, WeightedVector entities, StoryCluster cluster, ClusteringOptions options)
    {
        var w = words.IsEmpty ? 0 : cluster.Words.Cosine(words);
        var e = entities.IsEmpty ? 0 : cluster.Entities.Cosine(entities);
        var ww = words.IsEmpty ? 0 : options.WordWeight;
        var ew = entities.IsEmpty ? 0 : options.EntityWeight;
        var total = ww + ew <= 0 ? 0 : (ww * w + ew * e) / (ww + ew);
        return new Similarity(w, e, total);
    }
}
