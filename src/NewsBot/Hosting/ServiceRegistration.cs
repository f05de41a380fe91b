using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Articles;
using NewsBot.Core.Commands;
using NewsBot.Core.Commands.Handlers;
using NewsBot.Core.Digests;
using NewsBot.Delivery;
using NewsBot.Polling;
using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Web;
using Quartz;

namespace NewsBot.Hosting;

public static class ServiceRegistration
{
    public static IServiceCollection AddNewsBot(this IServiceCollection services, IConfiguration configuration, ConfigSnapshot snapshot, HostLaunch launch)
    {
        services.AddSingleton(launch.Clock ?? TimeProvider.System);
        services.AddSingleton(sp => new ConfigMonitor(snapshot, sp.GetRequiredService<ILogger<ConfigMonitor>>(), launch.WatchConfig));
        services.AddOptions<PollingOptions>().Bind(configuration.GetSection(PollingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConsoleOptions>().Bind(configuration.GetSection(ConsoleOptions.Section));
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section));

        AddStorage(services);
        services.AddWebFetcher(configuration);
        AddPipeline(services);
        AddCommands(services);
        PlatformRegistration.AddChatPlatforms(services, configuration, launch);
        AddScheduling(services, configuration, launch);
        services.AddOptions<Observability.HealthOptions>().Bind(configuration.GetSection(Observability.HealthOptions.Section));
        services.AddSingleton<Observability.NewsBotMetrics>();
        services.AddSingleton<Observability.PrometheusExporter>();
        services.AddHostedService<Observability.HealthServer>();
        return services;
    }

    private static void AddStorage(IServiceCollection services)
    {
        services.AddSingleton<ISqlDialect>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (o.IsPostgres)
                return new Storage.Postgres.PostgresDialect(o.ConnectionString!);
            Directory.CreateDirectory(o.DataDirectory);
            return Storage.Sqlite.SqliteDialect.ForFile(Path.Combine(o.DataDirectory, o.SqliteFile));
        });
        services.AddSingleton<SqlStore>();
        services.AddSingleton<INewsStore>(sp => sp.GetRequiredService<SqlStore>());
        services.AddSingleton<IFeedStateStore>(sp => sp.GetRequiredService<SqlStore>());
        services.AddSingleton<IStoryStore>(sp => sp.GetRequiredService<SqlStore>());
        services.AddSingleton<ISubscriptionStore>(sp => sp.GetRequiredService<SqlStore>());
        services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<SqlStore>());
        // First hosted service: the schema is ready before anything else starts.
        services.AddHostedService<StoreInitializer>();
    }

    private static void AddPipeline(IServiceCollection services)
    {
        services.AddDigestPipeline();
        services.AddSingleton<StoreWriteGate>();
        services.AddSingleton<FeedHealth>();
        services.AddSingleton<FeedPoller>();
        services.AddSingleton<StoryClusters>();
        services.AddSingleton<SubscriptionDirectory>();
        services.AddSingleton<RollupRunner>();
        services.AddSingleton<PostSender>();
        services.AddSingleton<PlatformRegistry>();
        services.AddSingleton<IChannelEvents, ChannelEventsHandler>();
        services.AddSingleton<DeliveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryWorker>());
    }

    /// <summary>Feed source, article extraction, quotes, summary and digests: the bot's pipeline, also used by `newsbot preview`.</summary>
    public static IServiceCollection AddDigestPipeline(this IServiceCollection services)
    {
        services.AddSingleton<IContentExtractor, ArticleExtractor>();
        services.AddSingleton<IQuoteFinder, QuoteFinder>();
        services.AddSingleton<ISummarizer, LeadSummarizer>();
        services.AddSingleton<DigestBuilder>();
        services.AddSingleton<FeedSource>();
        services.AddSingleton<StoryFactory>();
        return services;
    }

    private static void AddCommands(IServiceCollection services)
    {
        services.AddSingleton<ITopicCatalog, ConfigTopicCatalog>();
        services.AddSingleton<ISubscriptionService, SubscriptionService>();
        services.AddSingleton<IStatusSource, StatusSource>();
        foreach (var type in new[]
                 {
                     typeof(LatestCommand), typeof(TopicsCommand), typeof(HelpCommand), typeof(SubscriptionsCommand),
                     typeof(SubscribeCommand), typeof(UnsubscribeCommand), typeof(StatusCommand), typeof(RetryCommand),
                 })
        {
            services.AddSingleton(typeof(IBotCommand), type);
        }
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<ICommandDispatcher, Observability.MeteredDispatcher>();
    }

    private static void AddScheduling(IServiceCollection services, IConfiguration configuration, HostLaunch launch)
    {
        services.AddQuartz(q =>
        {
            q.UseDefaultThreadPool(tp => tp.MaxConcurrency = 8);
            q.UseTimeProvider(launch.Clock ?? TimeProvider.System);
            QuartzStore.Configure(q, configuration);
            q.ScheduleJob<RollupJob>(
                t => t.WithIdentity("rollups-every-minute", "delivery").WithCronSchedule("0 * * * * ?"),
                j => j.WithIdentity("rollups", "delivery"));
            Maintenance.RetentionScheduling.AddRetentionJob(q);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<FeedScheduler>();
    }
}

/// <summary>Creates or upgrades the database schema before the other services start.</summary>
public sealed class StoreInitializer(INewsStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
