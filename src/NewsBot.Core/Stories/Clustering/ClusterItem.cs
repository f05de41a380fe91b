namespace NewsBot.Core.Stories.Clustering;

/// <summary>
/// One story as the clusterer sees it. <paramref name="DateOnly"/> marks a published value that only gives the
/// day (feeds and archives often carry a bare date); the clusterer then allows a day of slack when it compares times.
/// </summary>
public sealed record ClusterItem(
    string Id,
    string Title,
    string Outlet,
    DateTimeOffset Published,
    string? Summary = null,
    string? Text = null,
    bool DateOnly = false);

/// <summary>An item together with the cluster it was put in; the unit of <see cref="ClusterState"/>.</summary>
public sealed record ClusteredItem(ClusterItem Item, string ClusterId);

/// <summary>
/// What <see cref="StoryClusterer.Add"/> decided for one item. <see cref="Score"/> is the similarity to the chosen
/// cluster (or to the best candidate when a new cluster was started, 0 when there was none); <see cref="Reason"/> says
/// why in one line, and <see cref="MatchedTerms"/> lists the shared words and named entities that carried the score.
/// </summary>
public sealed record ClusterDecision(
    string ClusterId,
    bool JoinedExisting,
    double Score,
    string Reason,
    IReadOnlyList<string> MatchedTerms);

/// <summary>
/// Everything needed to rebuild a clusterer: the items still inside the window with their cluster ids, and the
/// document frequencies learned from the stream so far. An empty <see cref="DocumentFrequencies"/> is fine: they are
/// then learned again from <see cref="Items"/>.
/// </summary>
public sealed record ClusterState(
    IReadOnlyList<ClusteredItem> Items,
    IReadOnlyDictionary<string, int> DocumentFrequencies,
    int DocumentCount);
