namespace NewsBot.Core.Stories.Clustering;

/// <summary>
/// Online event clustering: each story, in arrival order, either joins the recent cluster it is most similar to
/// or starts a new one. Similarity is the cosine between the story and a cluster's centroid, a weighted mean over
/// two tf-idf spaces (words of title + summary + lead; named entities), with idf learned from the stream; when no
/// cluster passes on that, a near-identical headline of one member can still decide. Only clusters with a member
/// within <see cref="ClusteringOptions.Window"/> of the story compete. Headlines that reduce to the same terms
/// (wire copies) always merge. Items older than the window are evicted, so memory stays
/// bounded by the traffic of one window. Not thread-safe: call from one thread at a time.
/// </summary>
public sealed class StoryClusterer
{
    /// <summary>A headline needs at least this many terms for an identical headline to count as a wire copy.</summary>
    public const int WireCopyMinTerms = 3;

    /// <summary>How many of the closest clusters also get the (per-member) headline comparison.</summary>
    private const int HeadlineCandidates = 5;

    private readonly ClusteringOptions _options;
    private readonly TimeProvider? _time;
    private readonly DocumentFrequencies _df;
    private readonly ClusterIndex _index = new();
    private readonly Dictionary<string, StoryCluster> _clusters = new(StringComparer.Ordinal);
    private readonly PriorityQueue<WindowItem, DateTimeOffset> _byEnd = new();
    private readonly HashSet<WindowItem> _live = [];
    private DateTimeOffset _latest = DateTimeOffset.MinValue;
    private long _sequence;

    /// <param name="options">Window, threshold and weights.</param>
    /// <param name="time">
    /// When given, its clock also drives eviction (items whose published time is more than the window before
    /// now are dropped). Without it, the newest published time seen is the clock, which suits replaying a file.
    /// </param>
    public StoryClusterer(ClusteringOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? new ClusteringOptions();
        _options.Validate();
        _time = time;
        _df = new DocumentFrequencies(_options.PriorDocuments, _options.MaxVocabulary);
    }

    /// <summary>Items currently inside the window.</summary>
    public int WindowCount => _live.Count;

    /// <summary>Clusters with at least one item inside the window.</summary>
    public int ClusterCount => _clusters.Count;

    /// <summary>Decides which cluster <paramref name="item"/> belongs to, records it, and says why.</summary>
    public ClusterDecision Add(ClusterItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (string.IsNullOrWhiteSpace(item.Id))
            throw new ArgumentException("A cluster item needs a non-empty Id.", nameof(item));

        var features = StoryFeatures.From(item, _options);
        _df.Add(features.DistinctKeys);
        var (start, end) = Span(item);
        Evict(Max(_latest, start));

        var words = WeightedVector.From(features.Words, _df);
        var entities = WeightedVector.From(features.Entities, _df);
        var title = WeightedVector.From(features.TitleWords, _df);

        var decision = WireCopy(item, features, start, end) ?? BestMatch(item, features, words, entities, title, start, end);
        var cluster = decision.JoinedExisting ? _clusters[decision.ClusterId] : NewCluster(decision.ClusterId);
        Insert(new WindowItem(item, _sequence++, features, words, entities, title, start, end) { Cluster = cluster });
        return decision;
    }

    /// <summary>Drops items whose published time lies more than the window before the clock (see the constructor).</summary>
    public void Evict() => Evict(_latest);

    /// <summary>The items in the window with their cluster ids, and the learned frequencies: enough to <see cref="Restore"/>.</summary>
    public ClusterState Snapshot() =>
        new(_live.OrderBy(w => w.Sequence).Select(w => new ClusteredItem(w.Item, w.Cluster.Id)).ToList(),
            _df.Snapshot(), _df.DocumentCount);

    /// <summary>
    /// Rebuilds a clusterer from a snapshot (or from items and cluster ids read back from a database). Items keep
    /// the cluster ids given; frequencies are learned from the items when the state carries none.
    /// </summary>
    public static StoryClusterer Restore(ClusterState state, ClusteringOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var clusterer = new StoryClusterer(options, time);
        var features = state.Items.Select(c => StoryFeatures.From(c.Item, clusterer._options)).ToList();
        if (state.DocumentFrequencies.Count > 0)
        {
            clusterer._df.Load(state.DocumentFrequencies, state.DocumentCount);
        }
        else
        {
            foreach (var f in features)
                clusterer._df.Add(f.DistinctKeys);
        }
        for (var i = 0; i < state.Items.Count; i++)
        {
            var (item, clusterId) = state.Items[i];
            var (start, end) = clusterer.Span(item);
            var cluster = clusterer._clusters.GetValueOrDefault(clusterId) ?? clusterer.NewCluster(clusterId);
            clusterer.Insert(new WindowItem(item, clusterer._sequence++, features[i],
                WeightedVector.From(features[i].Words, clusterer._df),
                WeightedVector.From(features[i].Entities, clusterer._df),
                WeightedVector.From(features[i].TitleWords, clusterer._df), start, end) { Cluster = cluster });
        }
        clusterer.Evict();
        return clusterer;
    }

    private ClusterDecision? WireCopy(ClusterItem item, StoryFeatures features, DateTimeOffset start, DateTimeOffset end)
    {
        if (features.NormalizedTitle.Split(' ').Length < WireCopyMinTerms)
            return null;
        var same = _index.WithTitle(features.NormalizedTitle);
        if (same is null || Gap(start, end, same.Start, same.End) > _options.Window)
            return null;
        return Explain.WireCopy(same);
    }

    private ClusterDecision BestMatch(ClusterItem item, StoryFeatures features, WeightedVector words,
        WeightedVector entities, WeightedVector title, DateTimeOffset start, DateTimeOffset end)
    {
        // One pass: the best cluster that passes, and the few closest ones in case none does.
        (StoryCluster Cluster, Similarity Score)? joining = null;
        var closest = new List<(StoryCluster Cluster, Similarity Score)>(HeadlineCandidates + 1);
        foreach (var cluster in _index.Candidates(words, entities))
        {
            if (Gap(start, end, cluster.Start, cluster.End) > _options.Window)
                continue;
            var score = Similarity.Of(words, entities, cluster, _options);
            if (score.Joins && (joining is null || Before((cluster, score), joining.Value)))
                joining = (cluster, score);
            if (joining is null)
                KeepClosest(closest, (cluster, score));
        }
        if (joining is { } join)
            return Explain.Joined(join.Cluster, join.Score, words, entities, features, _options);

        // Nothing passes on words and entities: a near-identical headline may still decide it. Headline cosines
        // cost one dot product per member, so only the few clusters already closest are checked.
        StoryCluster? best = null;
        Similarity bestScore = default;
        foreach (var (cluster, candidate) in closest)
        {
            var score = candidate.WithHeadline(title, cluster, _options);
            if (best is null || score.Rank > bestScore.Rank)
                (best, bestScore) = (cluster, score);
        }
        if (best is not null && bestScore.Joins)
            return Explain.Joined(best, bestScore, words, entities, features, _options);
        return Explain.Started(UniqueId(item.Id), best, bestScore, words, entities, features, _options);
    }

    /// <summary>Higher total first; equal totals by cluster id, so results never depend on hash order.</summary>
    private static bool Before((StoryCluster Cluster, Similarity Score) a, (StoryCluster Cluster, Similarity Score) b) =>
        a.Score.Total != b.Score.Total
            ? a.Score.Total > b.Score.Total
            : string.CompareOrdinal(a.Cluster.Id, b.Cluster.Id) < 0;

    /// <summary>Keeps <paramref name="closest"/> as the top <see cref="HeadlineCandidates"/> by <see cref="Before"/>, in order.</summary>
    private static void KeepClosest(List<(StoryCluster Cluster, Similarity Score)> closest, (StoryCluster Cluster, Similarity Score) next)
    {
        var at = closest.Count;
        while (at > 0 && Before(next, closest[at - 1]))
            at--;
        if (at >= HeadlineCandidates)
            return;
        closest.Insert(at, next);
        if (closest.Count > HeadlineCandidates)
            closest.RemoveAt(closest.Count - 1);
    }

    private StoryCluster NewCluster(string id)
    {
        var cluster = new StoryCluster(id);
        _clusters[id] = cluster;
        return cluster;
    }

    private string UniqueId(string id)
    {
        var candidate = id;
        for (var n = 2; _clusters.ContainsKey(candidate); n++)
            candidate = $"{id}#{n}";
        return candidate;
    }

    private void Insert(WindowItem item)
    {
        item.Cluster.Add(item);
        _index.Add(item);
        _live.Add(item);
        _byEnd.Enqueue(item, item.End);
        _latest = Max(_latest, item.Start);
    }

    private void Evict(DateTimeOffset latestPublished)
    {
        var now = _time is null ? latestPublished : Max(latestPublished, _time.GetUtcNow());
        var cutoff = now - _options.Window;
        while (_byEnd.TryPeek(out var oldest, out var end) && end < cutoff)
        {
            _byEnd.Dequeue();
            _live.Remove(oldest);
            _index.Remove(oldest);
            oldest.Cluster.Remove(oldest);
            if (oldest.Cluster.Members.Count == 0)
                _clusters.Remove(oldest.Cluster.Id);
        }
    }

    /// <summary>The time an item may have been published: an instant, or a whole day (plus slack) for a bare date.</summary>
    private (DateTimeOffset Start, DateTimeOffset End) Span(ClusterItem item) =>
        (item.Published, item.DateOnly ? item.Published + _options.DateOnlySlack : item.Published);

    private static TimeSpan Gap(DateTimeOffset aStart, DateTimeOffset aEnd, DateTimeOffset bStart, DateTimeOffset bEnd)
    {
        if (aEnd < bStart) return bStart - aEnd;
        if (bEnd < aStart) return aStart - bEnd;
        return TimeSpan.Zero;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
