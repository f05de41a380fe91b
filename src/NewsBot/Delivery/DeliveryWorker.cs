using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Delivery;

namespace NewsBot.Delivery;

/// <summary>
/// Drains the outbox: claims due rows (one per channel at a time, oldest first), posts them through the platform,
/// and records the message id, or retries with backoff, or parks the row with its last error. Nothing is dropped.
/// Up to Delivery:Concurrency posts are in flight; whenever one finishes the worker claims again, so the platform
/// rate limiter always has work queued and one slow post never holds up the others.
/// </summary>
public sealed class DeliveryWorker(
    INewsStore store,
    PostSender sender,
    IOptionsMonitor<DeliveryOptions> options,
    TimeProvider clock,
    Observability.NewsBotMetrics metrics,
    IHostApplicationLifetime lifetime,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    /// <summary>Unique per process, so a crashed process's claims are told apart (and expire after the lease).</summary>
    public string WorkerId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    private readonly SemaphoreSlim _nudge = new(0);
    private readonly CancellationTokenSource _sends = new();

    /// <summary>Wakes the worker early (new rows were written, or a post finished and its slot is free).</summary>
    public void Nudge()
    {
        if (_nudge.CurrentCount == 0)
            _nudge.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inFlight = new HashSet<Task>();
        try
        {
            // Nothing is claimed until the host has started: a stop that comes during start-up skips StopAsync, and
            // claims made then would stay claimed until their lease ran out.
            await WhenStartedAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                inFlight.RemoveWhere(t => t.IsCompleted);
                var o = options.CurrentValue;
                var free = o.Concurrency - inFlight.Count;
                if (free > 0)
                {
                    foreach (var item in await ClaimAsync(o, free, stoppingToken))
                        inFlight.Add(DeliverAsync(item));
                }
                // A finished post nudges, so a freed slot is filled at once; otherwise poll for rows coming due.
                await WaitAsync(TimeSpan.FromMilliseconds(o.PollIntervalMilliseconds), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
        finally
        {
            await DrainAsync(inFlight);
        }
    }

    /// <summary>
    /// Lets posts already in flight finish for up to Delivery:ShutdownGraceSeconds (cancelling a request the platform
    /// may already have accepted is what causes a repeat), then cancels the rest and releases their rows.
    /// </summary>
    private async Task DrainAsync(HashSet<Task> inFlight)
    {
        var pending = inFlight.Count(t => !t.IsCompleted);
        if (pending > 0)
            logger.LogInformation("Stopping: waiting up to {GraceSeconds} s for {InFlight} deliveries in flight",
                options.CurrentValue.ShutdownGraceSeconds, pending);
        _sends.CancelAfter(TimeSpan.FromSeconds(options.CurrentValue.ShutdownGraceSeconds));
        await Task.WhenAll(inFlight);
        try
        {
            await store.ReleaseAsync(WorkerId, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Releasing claimed deliveries failed; they are claimed again after the lease");
        }
    }

    private async Task WhenStartedAsync(CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(ct);
    }

    private async Task<IReadOnlyList<OutboxItem>> ClaimAsync(DeliveryOptions o, int max, CancellationToken ct)
    {
        try
        {
            return await store.ClaimAsync(WorkerId, clock.GetUtcNow(), max, TimeSpan.FromSeconds(o.LeaseSeconds), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Claiming deliveries failed; retrying");
            return [];
        }
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(delay, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            await _nudge.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // poll interval passed
        }
    }

    private async Task DeliverAsync(OutboxItem item)
    {
        await Task.Yield(); // the claim loop goes on while this post runs
        try
        {
            PostResult result;
            try
            {
                result = await sender.SendAsync(item, _sends.Token);
            }
            catch (OperationCanceledException) when (_sends.IsCancellationRequested)
            {
                return; // released on the way out
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Delivery {OutboxId} to {Channel} threw", item.Id, item.Channel);
                result = new PostResult(PostOutcome.Transient, Error: ex.GetType().Name + ": " + ex.Message);
            }
            await RecordAsync(item, result);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Recording delivery {OutboxId} to {Channel} failed; it is claimed again after the lease", item.Id, item.Channel);
        }
        finally
        {
            Nudge();
        }
    }

    private async Task RecordAsync(OutboxItem item, PostResult result)
    {
        var now = clock.GetUtcNow();
        var ct = CancellationToken.None; // the outcome is recorded even while shutting down
        switch (result.Outcome)
        {
            case PostOutcome.Posted:
                metrics.Deliveries.Add(1);
                await store.MarkDeliveredAsync(item.Id, result.MessageId, now, ct);
                logger.LogDebug("Delivered {OutboxId} to {Channel} as {MessageId}", item.Id, item.Channel, result.MessageId);
                break;
            case PostOutcome.RateLimited:
                metrics.RateLimited.Add(1);
                await store.RescheduleAsync(item.Id, result.Error ?? "rate limited", now + (result.RetryAfter ?? TimeSpan.FromSeconds(1)), ct);
                break;
            case PostOutcome.Transient when item.Attempts < options.CurrentValue.MaxAttemptsBeforePark:
                metrics.DeliveryFailures.Add(1);
                var wait = Backoff(item.Attempts, TimeSpan.FromSeconds(options.CurrentValue.MaxBackoffSeconds));
                logger.LogWarning("Delivery {OutboxId} to {Channel} failed (attempt {Attempt}): {Error}; retry in {RetrySeconds:F0} s",
                    item.Id, item.Channel, item.Attempts, result.Error, wait.TotalSeconds);
                await store.RescheduleAsync(item.Id, result.Error ?? "transient error", now + wait, ct);
                break;
            default:
                metrics.DeliveryFailures.Add(1);
                logger.LogError("Delivery {OutboxId} to {Channel} parked ({Outcome}): {Error}", item.Id, item.Channel, result.Outcome, result.Error);
                await store.ParkAsync(item.Id, $"{result.Outcome}: {result.Error}", now, ct);
                break;
        }
    }

    /// <summary>Exponential backoff with jitter: about 2^attempt seconds, at most an hour.</summary>
    public static TimeSpan Backoff(int attempt) => Backoff(attempt, TimeSpan.FromHours(1));

    /// <summary>Exponential backoff with jitter: about 2^attempt seconds (0.5x to 1.5x), at most <paramref name="max"/>.</summary>
    public static TimeSpan Backoff(int attempt, TimeSpan max)
    {
        var seconds = Math.Pow(2, Math.Clamp(attempt, 1, 12)) * (0.5 + Random.Shared.NextDouble());
        return TimeSpan.FromSeconds(Math.Min(seconds, max.TotalSeconds));
    }

    public override void Dispose()
    {
        _sends.Dispose();
        base.Dispose();
    }
}
