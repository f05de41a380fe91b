using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;

namespace NewsBot.Maintenance;

/// <summary>
/// One retention pass: removes stories older than Polling:RetentionDays (remembering their identities for twice that),
/// delivered outbox rows older than Delivery:RetentionDays, then lets the store give freed space back.
/// </summary>
public sealed class RetentionRunner(
    INewsStore store,
    IOptions<PollingOptions> polling,
    IOptions<DeliveryOptions> delivery,
    TimeProvider clock,
    ILogger<RetentionRunner> logger)
{
    public static RetentionCutoffs Cutoffs(DateTimeOffset now, int storyDays, int outboxDays) =>
        new(now.AddDays(-storyDays), now.AddDays(-outboxDays), now.AddDays(-2.0 * storyDays));

    public async Task<RetentionResult> RunAsync(CancellationToken ct)
    {
        var cutoffs = Cutoffs(clock.GetUtcNow(), polling.Value.RetentionDays, delivery.Value.RetentionDays);
        var result = await store.PruneAsync(cutoffs, ct);
        var compaction = await store.CompactAsync(ct);
        logger.LogInformation(
            "Retention removed {StoriesRemoved} stories, {OutboxRowsRemoved} delivered outbox rows, {SeenIdentitiesRemoved} remembered identities; kept {StoriesKeptForOutbox} old stories still queued; compaction: {Compaction}",
            result.Stories, result.OutboxRows, result.SeenIdentities, result.KeptForOutbox, compaction);
        return result;
    }
}
