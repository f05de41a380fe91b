using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Configuration;
using NewsBot.Core.Commands;
using NewsBot.Core.Commands.Handlers;
using NewsBot.Delivery;
using NewsBot.Hosting;
using NewsBot.Storage;

namespace NewsBot.Tests.Support;

/// <summary>The real command core over a real SQLite store and a copy of the shipped config.</summary>
public sealed class CommandFixture
{
    private CommandFixture(SqlStore store, ConfigMonitor config, CommandDispatcher dispatcher, FakeTimeProvider clock)
    {
        Store = store;
        Config = config;
        Dispatcher = dispatcher;
        Clock = clock;
    }

    public SqlStore Store { get; }
    public ConfigMonitor Config { get; }
    public CommandDispatcher Dispatcher { get; }
    public FakeTimeProvider Clock { get; }

    public static async Task<CommandFixture> CreateAsync()
    {
        var root = TestHost.CopyConfig();
        var (snapshot, errors) = ConfigSnapshot.Load(Path.Combine(root, "config"));
        Assert.Empty(errors);
        var config = new ConfigMonitor(snapshot!, NullLogger<ConfigMonitor>.Instance, watch: false);
        var store = await StoreFixture.NewSqliteAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        var topics = new ConfigTopicCatalog(config);
        var subs = new SubscriptionService(new SubscriptionDirectory(config, store), store, config);
        var status = new StatusSource(store, config, clock);
        IBotCommand[] commands =
        [
            new LatestCommand(topics, store, clock), new TopicsCommand(topics, subs), new HelpCommand(),
            new SubscriptionsCommand(subs), new SubscribeCommand(topics, subs), new UnsubscribeCommand(topics, subs),
            new StatusCommand(status), new RetryCommand(status),
        ];
        var dispatcher = new CommandDispatcher(commands, topics, clock, NullLogger<CommandDispatcher>.Instance);
        return new CommandFixture(store, config, dispatcher, clock);
    }

    public Task<CommandReply> RunAsync(string line, bool admin = true, string channel = "main", string? user = null, string platform = "console")
    {
        Assert.True(CommandLine.TryParse(line, null, out var name, out var args), line);
        return Dispatcher.DispatchAsync(new CommandRequest
        {
            Platform = platform, ChannelId = channel, UserId = user ?? Guid.NewGuid().ToString("N"), IsAdmin = admin, Name = name, Arguments = args,
        }, CancellationToken.None);
    }
}
