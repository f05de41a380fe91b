namespace NewsBot.Core.Stories.Clustering;

/// <summary>
/// How close an item is to a cluster: cosine to the cluster's word centroid, cosine to its entity centroid, and
/// their weighted mean (<see cref="Total"/>); plus the best headline cosine to any one member
/// (<see cref="Headline"/>), since two near-identical headlines are strong evidence on their own. An item with no
/// entities (headline-only feeds) is scored on words alone, and vice versa.
/// </summary>
internal readonly record struct Similarity(double Words, double Entities, double Total, double Headline, bool Joins)
{
    /// <summary>What the best cluster is chosen by: the mean, or the headline cosine when that alone passes.</summary>
    public double Rank => HeadlinePasses ? Math.Max(Total, Headline) : Total;

    public bool HeadlinePasses { get; init; }

    /// <summary>The word/entity mean only; cheap enough to run on every candidate cluster.</summary>
    public static Similarity Of(WeightedVector words, WeightedVector entities, StoryCluster cluster, ClusteringOptions options)
    {
        var w = words.IsEmpty ? 0 : cluster.Words.Cosine(words);
        var e = entities.IsEmpty ? 0 : cluster.Entities.Cosine(entities);
        var ww = words.IsEmpty ? 0 : options.WordWeight;
        var ew = entities.IsEmpty ? 0 : options.EntityWeight;
        var total = ww + ew <= 0 ? 0 : (ww * w + ew * e) / (ww + ew);
        var wordsAgree = words.IsEmpty || w >= options.MinWordSimilarity;
        return new Similarity(w, e, total, 0, total >= options.Threshold && wordsAgree);
    }

    /// <summary>Adds the best headline cosine to one member of the cluster (costs one dot product per member).</summary>
    public Similarity WithHeadline(WeightedVector title, StoryCluster cluster, ClusteringOptions options)
    {
        var headline = title.IsEmpty ? 0 : cluster.Members.Max(m => m.Title.Dot(title));
        var passes = headline >= options.HeadlineThreshold;
        return this with { Headline = headline, Joins = Joins || passes, HeadlinePasses = passes };
    }
}
