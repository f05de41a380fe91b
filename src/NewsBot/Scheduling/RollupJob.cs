using Microsoft.Extensions.Logging;
using NewsBot.Delivery;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>Quartz job, every minute: posts the roll-ups whose cron time has come.</summary>
[DisallowConcurrentExecution]
public sealed class RollupJob(RollupRunner runner, DeliveryWorker? worker, ILogger<RollupJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            if (await runner.RunDueAsync(cancellationToken) > 0)
                worker?.Nudge();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Roll-up run failed");
        }
    }
}
