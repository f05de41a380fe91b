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
/// </summary>
public sealed class DeliveryWorker(
    INewsStore store,
    PostSender sender,
    IOptionsMonitor<DeliveryOptions> options,
    TimeProvider clock,
    Observability.NewsBotMetrics metrics,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    /// <summary>Unique per process, so a crashed process's claims are told apart (and expire after the lease).</summary>
    public string WorkerId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    private readonly SemaphoreSlim _nudge = new(0);

    /// <summary>Wakes the worker early (new rows were written).</summary>
    public void Nudge()
    {
        if (_nudge.CurrentCount == 0)
            _nudge.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var o = options.CurrentValue;
                IReadOnlyList<OutboxItem> items;
                try
                {
                    items = await store.ClaimAsync(WorkerId, clock.GetUtcNow(), o.Concurrency, TimeSpan.FromSeconds(o.LeaseSeconds), stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Claiming deliveries failed; retrying");
                    items = [];
                }
                if (items.Count == 0)
                {
                    await WaitAsync(TimeSpan.FromMilliseconds(o.PollIntervalMilliseconds), stoppingToken);
                    continue;
                }
                await Task.WhenAll(items.Select(i => DeliverAsync(i, stoppingToken)));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
        finally
        {
            await store.ReleaseAsync(WorkerId, CancellationToken.None);
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

    private async Task DeliverAsync(OutboxItem item, CancellationToken ct)
    {
        PostResult result;
        try
        {
            result = await sender.SendAsync(item, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
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
                var wait = Backoff(item.Attempts);
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
    public static TimeSpan Backoff(int attempt)
    {
        var seconds = Math.Min(Math.Pow(2, Math.Clamp(attempt, 1, 12)), 3600);
        return TimeSpan.FromSeconds(seconds * (0.5 + Random.Shared.NextDouble()));
    }
}
