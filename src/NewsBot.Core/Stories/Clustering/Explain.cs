using System.Globalization;

namespace NewsBot.Core.Stories.Clustering;

/// <summary>Builds <see cref="ClusterDecision"/>s with a one-line reason and the terms that carried the score.</summary>
internal static class Explain
{
    private const int MaxTerms = 8;

    public static ClusterDecision WireCopy(WindowItem same)
    {
        var reason = $"wire copy: same headline as {same.Item.Id} ({same.Item.Outlet})";
        return new ClusterDecision(same.Cluster.Id, true, 1.0, reason, same.Features.NormalizedTitle.Split(' '));
    }

    public static ClusterDecision Joined(StoryCluster cluster, Similarity score, WeightedVector words,
        WeightedVector entities, StoryFeatures features, ClusteringOptions options)
    {
        var terms = Shared(cluster, words, entities, features, options);
        var items = $"{cluster.Members.Count} recent item(s)";
        var why = score.Total >= options.Threshold && score.Words >= options.MinWordSimilarity
            ? $"score {F(score.Total)} >= {F(options.Threshold)} (words {F(score.Words)} >= {F(options.MinWordSimilarity)}, entities {F(score.Entities)}; {items})"
            : $"headline cosine {F(score.Headline)} >= {F(options.HeadlineThreshold)} (score {F(score.Total)}, words {F(score.Words)}, entities {F(score.Entities)}; {items})";
        var reason = $"joined {cluster.Id}: {why}; shared: {string.Join(", ", terms)}";
        return new ClusterDecision(cluster.Id, true, score.Rank, reason, terms);
    }

    public static ClusterDecision Started(string id, StoryCluster? best, Similarity score, WeightedVector words,
        WeightedVector entities, StoryFeatures features, ClusteringOptions options)
    {
        if (best is null)
            return new ClusterDecision(id, false, 0, $"new cluster: no recent cluster within {options.Window.TotalHours:0.#} h shares a word or entity", []);
        var terms = Shared(best, words, entities, features, options);
        var why = score.Total < options.Threshold
            ? $"scored {F(score.Total)} < {F(options.Threshold)}"
            : $"scored {F(score.Total)} but words {F(score.Words)} < {F(options.MinWordSimilarity)}";
        var reason = $"new cluster: closest {best.Id} {why} "
                     + $"(words {F(score.Words)}, entities {F(score.Entities)}, headline {F(score.Headline)}); shared: {string.Join(", ", terms)}";
        return new ClusterDecision(id, false, score.Total, reason, terms);
    }

    /// <summary>The keys contributing most to the score, entities shown as written.</summary>
    private static List<string> Shared(StoryCluster cluster, WeightedVector words, WeightedVector entities,
        StoryFeatures features, ClusteringOptions options)
    {
        var contributions = new List<(string Key, double Value)>();
        foreach (var (key, w) in words.Weights)
            contributions.Add((key, options.WordWeight * w * cluster.Words.UnitWeight(key)));
        foreach (var (key, w) in entities.Weights)
            contributions.Add((key, options.EntityWeight * w * cluster.Entities.UnitWeight(key)));
        var ranked = contributions.Where(c => c.Value > 0)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => features.Display(c.Key))
            .ToList();
        return Readable(ranked);
    }

    /// <summary>
    /// Drops repeats a reader does not need: a word already shown as an entity ("marenza" after "Marenza") and
    /// single names that are part of a shown multi-word entity ("Sorvik" when "Elena Sorvik" is there).
    /// </summary>
    private static List<string> Readable(List<string> ranked)
    {
        var partsOfNames = ranked.Where(r => r.Contains(' ', StringComparison.Ordinal))
            .SelectMany(r => r.Split(' '))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var shown = new List<string>();
        foreach (var r in ranked)
        {
            if (shown.Count == MaxTerms)
                break;
            if (!r.Contains(' ', StringComparison.Ordinal) && partsOfNames.Contains(r))
                continue;
            if (seen.Add(r.Contains(' ', StringComparison.Ordinal) ? r : Terms.Stem(Terms.Normalize(r))))
                shown.Add(r);
        }
        return shown;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
