using Microsoft.Extensions.Logging;
using NewsBot.Delivery;
using NewsBot.Polling;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>Quartz job: one poll of one feed. Never two runs of the same feed at once.</summary>
[DisallowConcurrentExecution]
public sealed class FeedPollJob(FeedPoller poller, DeliveryWorker? worker, ILogger<FeedPollJob> logger) : IJob
{
    public const string FeedIdKey = "feedId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var feedId = context.MergedJobDataMap.GetString(FeedIdKey);
        if (feedId is null)
            return;
        try
        {
            var added = await poller.PollAsync(feedId, cancellationToken);
            if (added > 0)
                worker?.Nudge();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Poll of feed {FeedId} cancelled by shutdown", feedId);
        }
        catch (Exception ex)
        {
            // A broken feed never stops the others: log and let the next trigger try again.
            logger.LogError(ex, "Poll of feed {FeedId} failed unexpectedly", feedId);
        }
    }
}
