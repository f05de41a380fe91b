using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Maintenance;
using NewsBot.Tests.Support;
using Quartz;

namespace NewsBot.Tests.Hardening;

/// <summary>The retention job is registered with the host's scheduler and runs against the host's store.</summary>
public sealed class RetentionJobTests
{
    [Fact]
    public async Task The_host_schedules_the_retention_job_and_it_runs()
    {
        var logs = new TextLogs();
        await using var host = await TestHost.StartAsync(TestHost.CopyConfig(), new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
        }, services => services.AddSingleton<ILoggerProvider>(logs));
        var scheduler = await host.Get<ISchedulerFactory>().GetScheduler();
        Assert.NotNull(await scheduler.GetJobDetail(RetentionScheduling.Key));
        await WaitForRunsAsync(logs, 1); // at start

        await scheduler.TriggerJob(RetentionScheduling.Key);

        await WaitForRunsAsync(logs, 2);
        Assert.All(Runs(logs), r => Assert.Contains("Retention removed 0 stories", r));
        Assert.All(Runs(logs), r => Assert.Contains("incremental_vacuum", r));
    }

    private static List<string> Runs(TextLogs logs) =>
        logs.Entries.Where(e => e.Category.EndsWith("RetentionRunner", StringComparison.Ordinal)).Select(e => e.Text).ToList();

    private static async Task WaitForRunsAsync(TextLogs logs, int count)
    {
        for (var i = 0; i < 300 && Runs(logs).Count < count; i++)
            await Task.Delay(50);
        Assert.Equal(count, Runs(logs).Count);
    }
}
