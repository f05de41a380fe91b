using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Commands;
using NewsBot.Fakes.Telegram;
using NewsBot.Platforms.Telegram;

namespace NewsBot.Tests.Telegram;

/// <summary>The adapter as the host builds it (AddTelegramPlatform), pointed at a fresh fake Bot API server.</summary>
internal sealed class TelegramTestBot : IAsyncDisposable
{
    private readonly List<IHostedService> _started = [];

    private TelegramTestBot(FakeTelegramServer server, ServiceProvider services, EchoDispatcher dispatcher, RecordingChannelEvents events)
    {
        Server = server;
        Services = services;
        Dispatcher = dispatcher;
        Events = events;
    }

    public FakeTelegramServer Server { get; }
    public ServiceProvider Services { get; }
    public EchoDispatcher Dispatcher { get; }
    public RecordingChannelEvents Events { get; }
    public TelegramPlatform Platform => Services.GetRequiredService<TelegramPlatform>();

    public static async Task<TelegramTestBot> StartAsync(bool receive, IDictionary<string, string?>? settings = null, string? token = null)
    {
        var server = await FakeTelegramServer.StartAsync();
        var config = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = token ?? server.Token,
            ["Telegram:BaseUrl"] = server.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Telegram:PollMaxBackoffSeconds"] = "2",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            config[key] = value;
        var dispatcher = new EchoDispatcher();
        var events = new RecordingChannelEvents();
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddSingleton<ICommandDispatcher>(dispatcher)
            .AddSingleton<IChannelEvents>(events)
            .AddTelegramPlatform(new ConfigurationBuilder().AddInMemoryCollection(config).Build())
            .BuildServiceProvider();
        var bot = new TelegramTestBot(server, services, dispatcher, events);
        if (receive)
        {
            foreach (var hosted in services.GetServices<IHostedService>())
            {
                await hosted.StartAsync(CancellationToken.None);
                bot._started.Add(hosted);
            }
        }
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _started)
            await hosted.StopAsync(CancellationToken.None);
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}

/// <summary>Answers every command with what it saw, so tests can check the request the adapter built.</summary>
internal sealed class EchoDispatcher : ICommandDispatcher
{
    public ConcurrentQueue<CommandRequest> Requests { get; } = new();

    public IReadOnlyList<CommandDescription> Descriptions { get; } =
    [
        new("help", "What this bot does", []),
        new("subscribe", "Follow a topic here", [new CommandOption("topic", "Topic name", Required: true)], AdminOnly: true),
    ];

    public Task<CommandReply> DispatchAsync(CommandRequest request, CancellationToken ct)
    {
        Requests.Enqueue(request);
        return Task.FromResult(CommandReply.Say($"{request.Name} admin={request.IsAdmin} args={request.Arguments} <ok> & done"));
    }

    public IReadOnlyList<string> CompleteTopics(string prefix) => [];
}

internal sealed class RecordingChannelEvents : IChannelEvents
{
    public ConcurrentQueue<string> Log { get; } = new();

    public Task ChannelGoneAsync(string platform, string channelId, string reason, CancellationToken ct)
    {
        Log.Enqueue($"gone {platform}:{channelId}");
        return Task.CompletedTask;
    }

    public Task ChannelMovedAsync(string platform, string oldChannelId, string newChannelId, CancellationToken ct)
    {
        Log.Enqueue($"moved {platform}:{oldChannelId}->{newChannelId}");
        return Task.CompletedTask;
    }

    public Task ChannelForbiddenAsync(string platform, string channelId, string reason, CancellationToken ct)
    {
        Log.Enqueue($"forbidden {platform}:{channelId}");
        return Task.CompletedTask;
    }
}
