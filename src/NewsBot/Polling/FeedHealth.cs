using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Stories;

namespace NewsBot.Polling;

/// <summary>
/// Feed health after each poll: when to poll next (ttl, cache lifetime, Retry-After, exponential backoff capped at
/// MaxBackoffMinutes) and when a feed is failing (the admin channel is told once; the next success clears it).
/// </summary>
public sealed class FeedHealth(
    INewsStore store,
    ConfigMonitor config,
    IOptionsMonitor<PollingOptions> options,
    StoreWriteGate writes,
    ILogger<FeedHealth> logger)
{
    /// <summary>A poll that fires a little early still counts as due.</summary>
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(5);

    public async Task RecordSuccessAsync(FeedConfig feed, FeedState state, FetchResult fetched, int? ttlMinutes, DateTimeOffset now, CancellationToken ct)
    {
        var wait = TimeSpan.Zero;
        if (ttlMinutes is > 0)
            wait = TimeSpan.FromMinutes(Math.Min(ttlMinutes.Value, 24 * 60));
        if (fetched.CacheLifetime is { } life && life > wait)
            wait = life;
        if (state.Failing)
            logger.LogInformation("Feed {FeedId} recovered after {Failures} failures", feed.Id, state.Failures);
        await writes.RunAsync(() => store.SaveFeedStateAsync(state with
        {
            Url = fetched.PermanentUrl?.AbsoluteUri ?? state.Url,
            ETag = fetched.Status == FetchStatus.Ok ? fetched.ETag : state.ETag,
            LastModified = fetched.Status == FetchStatus.Ok ? fetched.LastModified : state.LastModified,
            NextPollAt = wait > Tolerance ? now + wait - Tolerance : null,
            Failures = 0,
            LastError = null,
            Failing = false,
            LastPolledAt = now,
            LastSuccessAt = now,
        }, ct), ct);
    }

    public async Task RecordFailureAsync(FeedConfig feed, FeedState state, string error, TimeSpan? retryAfter, DateTimeOffset now, CancellationToken ct)
    {
        var failures = state.Failures + 1;
        var wait = Backoff(feed, failures);
        if (retryAfter is { } ra && ra > wait)
            wait = ra;
        var threshold = options.CurrentValue.FailuresBeforeAlert;
        var failing = failures >= threshold;
        logger.LogWarning("Feed {FeedId} poll failed ({Failures} in a row): {Error}; next try in {RetryMinutes:F1} min",
            feed.Id, failures, error, wait.TotalMinutes);
        await writes.RunAsync(() => store.SaveFeedStateAsync(state with
        {
            Failures = failures, LastError = error, Failing = failing, LastPolledAt = now, NextPollAt = now + wait - Tolerance,
        }, ct), ct);
        if (failing && !state.Failing)
            await AlertAsync(feed, failures, error, now, ct);
    }

    public TimeSpan Backoff(FeedConfig feed, int failures)
    {
        var interval = TimeSpan.FromMinutes(feed.IntervalMinutes ?? options.CurrentValue.DefaultIntervalMinutes);
        var cap = TimeSpan.FromMinutes(options.CurrentValue.MaxBackoffMinutes);
        var factor = Math.Pow(2, Math.Min(failures, 20));
        var wait = TimeSpan.FromTicks((long)Math.Min(interval.Ticks * factor, cap.Ticks));
        return wait < interval ? interval : wait;
    }

    private async Task AlertAsync(FeedConfig feed, int failures, string error, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var admin in config.Current.Config.Channels.Where(c => c.Admin))
        {
            var text = $"⚠ Feed '{feed.Name ?? feed.Id}' is failing ({failures} polls in a row): {error}. NewsBot keeps retrying with backoff.";
            await store.EnqueueNoticeAsync($"feed-failing:{feed.Id}:{now.ToUnixTimeSeconds()}:{admin.Key}", admin.Key, text, now, ct);
        }
        logger.LogError("Feed {FeedId} marked failing after {Failures} failures: {Error}", feed.Id, failures, error);
    }
}
