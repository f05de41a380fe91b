using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Keeps Quartz in step with newsbot.json: one job per feed (added, rescheduled or removed on reload), with a
/// repeating trigger whose phase is spread over the interval, plus a prompt first poll for feeds that are due.
/// </summary>
public sealed class FeedScheduler(
    ISchedulerFactory schedulers,
    ConfigMonitor config,
    IFeedStateStore states,
    IOptionsMonitor<PollingOptions> options,
    TimeProvider clock,
    ILogger<FeedScheduler> logger) : IHostedService
{
    public const string Group = "feeds";
    private readonly SemaphoreSlim _sync = new(1, 1);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await SyncAsync(config.Current, cancellationToken);
        config.Changed += OnChanged;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        config.Changed -= OnChanged;
        return Task.CompletedTask;
    }

    private async void OnChanged(ConfigSnapshot snapshot)
    {
        try
        {
            await SyncAsync(snapshot, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Rescheduling feeds after a configuration change failed");
        }
    }

    public async Task SyncAsync(ConfigSnapshot snapshot, CancellationToken ct)
    {
        await _sync.WaitAsync(ct);
        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            var wanted = snapshot.Config.Feeds.ToDictionary(f => JobKeyOf(f.Id));
            foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group), ct))
            {
                if (!wanted.ContainsKey(key))
                {
                    await scheduler.DeleteJob(key, ct);
                    logger.LogInformation("Feed {FeedId} unscheduled", key.Name);
                }
            }
            var now = clock.GetUtcNow();
            var scheduled = 0;
            foreach (var (key, feed) in wanted)
            {
                if (await ScheduleAsync(scheduler, key, feed, now, ct))
                    scheduled++;
            }
            if (scheduled > 0)
                logger.LogInformation("{ScheduledCount} feeds scheduled ({FeedCount} configured)", scheduled, wanted.Count);
        }
        finally
        {
            _sync.Release();
        }
    }

    /// <returns>Whether the feed was (re)scheduled; false when its trigger already runs as configured.</returns>
    private async Task<bool> ScheduleAsync(IScheduler scheduler, JobKey key, FeedConfig feed, DateTimeOffset now, CancellationToken ct)
    {
        var interval = TimeSpan.FromMinutes(feed.IntervalMinutes ?? options.CurrentValue.DefaultIntervalMinutes);
        var everyKey = new TriggerKey(feed.Id + ":every", Group);
        if (await scheduler.GetTrigger(everyKey, ct) is ISimpleTrigger existing && existing.RepeatInterval == interval)
            return false; // already scheduled as configured
        var job = JobBuilder.Create<FeedPollJob>().WithIdentity(key).UsingJobData(FeedPollJob.FeedIdKey, feed.Id).StoreDurably().Build();
        var every = TriggerBuilder.Create().WithIdentity(everyKey).ForJob(key)
            .StartAt(NextPhase(feed.Id, interval, now))
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        var triggers = new List<ITrigger> { every };
        var state = await states.GetFeedStateAsync(feed.Id, ct);
        if (state?.LastPolledAt is null || state.LastPolledAt + interval <= now)
        {
            triggers.Add(TriggerBuilder.Create().WithIdentity(feed.Id + ":now", Group).ForJob(key)
                .StartAt(now + Spread(feed.Id, Min(interval, TimeSpan.FromSeconds(options.CurrentValue.FirstPollSpreadSeconds))) + TimeSpan.FromMilliseconds(100))
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build());
        }
        await scheduler.ScheduleJob(job, triggers, new ScheduleJobOptions { Replace = true }, ct);
        // Debug, not Information: with thousands of feeds a line each would flood the log at every start.
        logger.LogDebug("Feed {FeedId} scheduled every {IntervalMinutes} min", feed.Id, interval.TotalMinutes);
        return true;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    public static JobKey JobKeyOf(string feedId) => new(feedId, Group);

    /// <summary>The next time on this feed's phase: feeds are spread evenly over the interval by a hash of their id.</summary>
    public static DateTimeOffset NextPhase(string feedId, TimeSpan interval, DateTimeOffset now)
    {
        var phase = Spread(feedId, interval).Ticks;
        var ticks = now.UtcTicks;
        var next = ticks - (ticks % interval.Ticks) + phase;
        if (next <= ticks) next += interval.Ticks;
        return new DateTimeOffset(next, TimeSpan.Zero);
    }

    /// <summary>
    /// A stable offset in [0, window) from the feed id: FNV-1a (64 bit) mixed by the SplitMix64 finalizer, then scaled
    /// to the window, so that similar ids spread evenly and windows longer than 2^32 ticks (7 min) are covered whole.
    /// </summary>
    private static TimeSpan Spread(string feedId, TimeSpan window)
    {
        var hash = 14695981039346656037ul;
        foreach (var c in feedId) hash = (hash ^ c) * 1099511628211ul;
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9ul;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBul;
        hash ^= hash >> 31;
        var ticks = (ulong)Math.Max(1, window.Ticks);
        return TimeSpan.FromTicks((long)(((UInt128)hash * ticks) >> 64));
    }
}
