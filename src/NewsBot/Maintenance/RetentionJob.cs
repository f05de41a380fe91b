using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using Quartz;

namespace NewsBot.Maintenance;

/// <summary>Quartz job: a retention pass at start and then once a day.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(
    INewsStore store,
    IOptions<PollingOptions> polling,
    IOptions<DeliveryOptions> delivery,
    TimeProvider clock,
    ILoggerFactory loggers) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger<RetentionJob>();
        try
        {
            await new RetentionRunner(store, polling, delivery, clock, loggers.CreateLogger<RetentionRunner>()).RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Retention run failed");
        }
    }
}

public static class RetentionScheduling
{
    /// <summary>Schedules <see cref="RetentionJob"/> at start (the schema is migrated before the scheduler starts) and every 24 hours after that.</summary>
    public static void AddRetentionJob(this IQuartzBuilder quartz) =>
        quartz.ScheduleJob<RetentionJob>(
            t => t.WithIdentity("retention-daily", "maintenance")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromDays(1)).RepeatForever()),
            j => j.WithIdentity(Key));

    public static readonly JobKey Key = new("retention", "maintenance");
}
