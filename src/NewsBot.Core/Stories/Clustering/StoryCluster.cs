namespace NewsBot.Core.Stories.Clustering;

/// <summary>
/// One item inside the window, with the vectors it was given when it arrived. A class, not a record: it is
/// compared by reference, never by (expensive) value.
/// </summary>
internal sealed class WindowItem(
    ClusterItem item,
    long sequence,
    StoryFeatures features,
    WeightedVector words,
    WeightedVector entities,
    WeightedVector title,
    DateTimeOffset start,
    DateTimeOffset end)
{
    public ClusterItem Item { get; } = item;
    public long Sequence { get; } = sequence;
    public StoryFeatures Features { get; } = features;
    public WeightedVector Words { get; } = words;
    public WeightedVector Entities { get; } = entities;
    public WeightedVector Title { get; } = title;
    public DateTimeOffset Start { get; } = start;
    public DateTimeOffset End { get; } = end;
    public required StoryCluster Cluster { get; init; }
}

/// <summary>A cluster's members that are still inside the window, and their word and entity centroids.</summary>
internal sealed class StoryCluster(string id)
{
    private readonly List<WindowItem> _members = [];

    public string Id { get; } = id;

    public Centroid Words { get; } = new();

    public Centroid Entities { get; } = new();

    public IReadOnlyList<WindowItem> Members => _members;

    public DateTimeOffset Start { get; private set; } = DateTimeOffset.MaxValue;

    public DateTimeOffset End { get; private set; } = DateTimeOffset.MinValue;

    public void Add(WindowItem item)
    {
        _members.Add(item);
        if (item.Start < Start) Start = item.Start;
        if (item.End > End) End = item.End;
    }

    public void Remove(WindowItem item)
    {
        _members.Remove(item);
        Start = _members.Count == 0 ? DateTimeOffset.MaxValue : _members.Min(m => m.Start);
        End = _members.Count == 0 ? DateTimeOffset.MinValue : _members.Max(m => m.End);
    }
}
