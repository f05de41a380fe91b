using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Stories.Clustering;

namespace NewsBot.Polling;

/// <summary>Section "Clustering": merging the same event reported by several outlets.</summary>
public sealed class ClusteringSettings
{
    public const string Section = "Clustering";
    public bool Enabled { get; set; } = true;
    /// <summary>How far back a new story is compared with earlier ones.</summary>
    public int WindowHours { get; set; } = 48;
}

/// <summary>
/// The bot's one clusterer: rebuilt from the stories of the recent window at first use, then fed each new story in
/// arrival order. Decisions are serialised, since the clusterer learns from the stream.
/// </summary>
public sealed class StoryClusters(IStoryStore store, IConfiguration configuration, TimeProvider clock, ILogger<StoryClusters> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ClusteringSettings _settings = configuration.GetSection(ClusteringSettings.Section).Get<ClusteringSettings>() ?? new();
    private StoryClusterer? _clusterer;

    public bool Enabled => _settings.Enabled;

    /// <summary>Stories held in memory for clustering (bounded by the window's traffic; 0 before first use).</summary>
    public int WindowCount => _clusterer?.WindowCount ?? 0;

    public async Task<ClusterDecision?> AddAsync(ClusterItem item, CancellationToken ct)
    {
        if (!_settings.Enabled)
            return null;
        await _gate.WaitAsync(ct);
        try
        {
            _clusterer ??= await RestoreAsync(ct);
            var decision = _clusterer.Add(item);
            if (decision.JoinedExisting)
                logger.LogInformation("Story {StoryTitle} ({Outlet}) joins event {ClusterId}: {ClusterReason}", item.Title, item.Outlet, decision.ClusterId, decision.Reason);
            return decision;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<StoryClusterer> RestoreAsync(CancellationToken ct)
    {
        var options = new ClusteringOptions { Window = TimeSpan.FromHours(_settings.WindowHours) };
        var recent = await store.RecentForClusteringAsync(clock.GetUtcNow() - options.Window, ct);
        logger.LogInformation("Clusterer rebuilt from {StoryCount} recent stories", recent.Count);
        return StoryClusterer.Restore(new ClusterState(recent, new Dictionary<string, int>(), 0), options, clock);
    }
}
