using Microsoft.Extensions.Configuration;
using NewsBot.Storage;
using Quartz;
using Quartz.Extensibility;

namespace NewsBot.Scheduling;

/// <summary>
/// Where Quartz keeps its schedule: in memory beside SQLite (one instance), or clustered on its ADO job store in the
/// same PostgreSQL database (several instances: each trigger fires on one node; a dead node's work is recovered).
/// </summary>
public static class QuartzStore
{
    /// <summary>Section "Cluster": check-in timing of clustered schedulers.</summary>
    public sealed class ClusterOptions
    {
        public int CheckinIntervalSeconds { get; set; } = 5;
        public int CheckinMisfireThresholdSeconds { get; set; } = 15;
    }

    public static void Configure(IQuartzBuilder q, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (!storage.IsPostgres)
            return;
        var cluster = configuration.GetSection("Cluster").Get<ClusterOptions>() ?? new ClusterOptions();
        q.UseInstanceIdGenerator<NodeIdGenerator>();
        q.UsePersistentStore(s =>
        {
            s.UsePostgres(storage.ConnectionString!);
            s.ConfigureStore(o => o.TablePrefix = QuartzSchema.TablePrefix);
            s.UseSystemTextJsonSerializer();
            s.UseClustering(c =>
            {
                c.CheckinInterval = TimeSpan.FromSeconds(cluster.CheckinIntervalSeconds);
                c.CheckinMisfireThreshold = TimeSpan.FromSeconds(cluster.CheckinMisfireThresholdSeconds);
            });
        });
    }

    /// <summary>Names this node in the cluster: host, process and a random suffix (two nodes in one process differ too).</summary>
    public sealed class NodeIdGenerator : IInstanceIdGenerator
    {
        public ValueTask<string> GenerateInstanceId(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult($"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
    }
}
