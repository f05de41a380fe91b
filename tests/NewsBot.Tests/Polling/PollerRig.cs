using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Digests;
using NewsBot.Core.Stories;
using NewsBot.Delivery;
using NewsBot.Fakes.Web;
using NewsBot.Polling;
using NewsBot.Storage;
using NewsBot.Tests.Support;
using NewsBot.Web;

namespace NewsBot.Tests.Polling;

/// <summary>
/// The real FeedPoller over a real SQLite store, the real HttpWebFetcher and a FakeWebServer on loopback, with a
/// fake clock. Feeds are /a.xml, /b.xml ... on the server; topic "harbor" goes instantly to the admin channel console:main.
/// </summary>
internal sealed class PollerRig : IAsyncDisposable
{
    public const string Channel = "console:main";
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private PollerRig(FakeWebServer server, ServiceProvider services, SqlStore store, FakeTimeProvider clock)
    {
        Server = server;
        _services = services;
        Store = store;
        Clock = clock;
        Poller = services.GetRequiredService<FeedPoller>();
        Health = services.GetRequiredService<FeedHealth>();
    }

    public FakeWebServer Server { get; }
    public SqlStore Store { get; }
    public FakeTimeProvider Clock { get; }
    public FeedPoller Poller { get; }
    public FeedHealth Health { get; }

    /// <param name="feeds">feed id to server path, e.g. ("news", "/news.xml"); every feed polls every 10 minutes.</param>
    public static async Task<PollerRig> StartAsync(IReadOnlyDictionary<string, string>? polling = null, params (string Id, string Path)[] feeds)
    {
        var server = await FakeWebServer.StartAsync();
        var root = Path.Combine(Path.GetTempPath(), "newsbot-poll-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "newsbot.json"), JsonSerializer.Serialize(new
        {
            feeds = feeds.Select(f => new { id = f.Id, url = server.Url(f.Path).AbsoluteUri, name = "Outlet " + f.Id, intervalMinutes = 10 }),
            topics = new[] { new { name = "harbor", displayName = "Harbor", keywords = new[] { "harbor" } } },
            channels = new[] { new { platform = "console", id = "main", name = "Console", admin = true } },
            subscriptions = new[] { new { channel = Channel, topic = "harbor", cadence = "instant" } },
        }));
        var (snapshot, errors) = ConfigSnapshot.Load(root);
        Assert.Empty(errors);
        var settings = new Dictionary<string, string?>
        {
            ["Web:AllowPrivateAddresses"] = "true",
            ["Polling:FetchArticles"] = "false",
            ["Polling:FailuresBeforeAlert"] = "3",
            ["Polling:MaxBackoffMinutes"] = "60",
        };
        foreach (var (k, v) in polling ?? new Dictionary<string, string>())
            settings["Polling:" + k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var clock = new FakeTimeProvider(Start);
        var store = await StoreFixture.NewSqliteAsync();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(NullLoggerProvider.Instance))
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton(new ConfigMonitor(snapshot!, NullLogger<ConfigMonitor>.Instance, watch: false))
            .AddSingleton(store)
            .AddSingleton<INewsStore>(store)
            .AddSingleton<ISubscriptionStore>(store)
            .AddWebFetcher(configuration)
            .AddSingleton<IContentExtractor, ArticleExtractor>()
            .AddSingleton<IQuoteFinder, QuoteFinder>()
            .AddSingleton<ISummarizer, LeadSummarizer>()
            .AddSingleton<DigestBuilder>()
            .AddSingleton<FeedSource>()
            .AddSingleton<StoryFactory>()
            .AddSingleton<StoreWriteGate>()
            .AddSingleton<FeedHealth>()
            .AddSingleton<SubscriptionDirectory>()
            .AddSingleton<Observability.NewsBotMetrics>()
            .AddSingleton<IStoryStore>(store)
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<StoryClusters>()
            .AddSingleton<FeedPoller>();
        services.AddOptions<PollingOptions>().Bind(configuration.GetSection(PollingOptions.Section));
        return new PollerRig(server, services.BuildServiceProvider(validateScopes: true), store, clock);
    }

    public Task<int> PollAsync(string feedId) => Poller.PollAsync(feedId, CancellationToken.None);

    public async Task<FeedState> StateAsync(string feedId) =>
        await Store.GetFeedStateAsync(feedId, CancellationToken.None) ?? throw new InvalidOperationException($"no state for {feedId}");

    /// <summary>Moves the clock to the feed's next poll time (or one interval on when it has none).</summary>
    public async Task AdvanceToNextPollAsync(string feedId)
    {
        var next = (await StateAsync(feedId)).NextPollAt ?? Clock.GetUtcNow().AddMinutes(10);
        if (next > Clock.GetUtcNow())
            Clock.SetUtcNow(next);
    }

    /// <summary>Everything queued for delivery, in order (claimed one per channel at a time and marked delivered, so each item is seen once).</summary>
    public async Task<IReadOnlyList<OutboxItem>> TakeOutboxAsync()
    {
        var taken = new List<OutboxItem>();
        var later = Clock.GetUtcNow().AddYears(1);
        while (await Store.ClaimAsync("test", later, 1000, TimeSpan.FromMinutes(5), CancellationToken.None) is { Count: > 0 } claimed)
        {
            foreach (var item in claimed)
                await Store.MarkDeliveredAsync(item.Id, null, later, CancellationToken.None);
            taken.AddRange(claimed);
        }
        return taken;
    }

    public async Task<IReadOnlyList<StoredStory>> StoriesAsync(IEnumerable<long> ids) =>
        await Store.GetStoriesAsync(ids.ToList(), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
