using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Commands;
using NewsBot.Fakes.Discord;
using NewsBot.Platforms.Discord;

namespace NewsBot.Tests.Discord;

/// <summary>The real Discord registration (AddDiscordPlatform) wired to a fake Discord, with its hosted service started.</summary>
internal sealed class DiscordTestBot : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly List<IHostedService> hosted;

    private DiscordTestBot(ServiceProvider services)
    {
        this.services = services;
        hosted = services.GetServices<IHostedService>().ToList();
    }

    public required RecordingChannelEvents Events { get; init; }
    public required CapturingLoggerProvider Logs { get; init; }

    public IChatPlatform Platform => services.GetRequiredService<IChatPlatform>();

    public DiscordGatewayService Gateway => services.GetRequiredService<DiscordGatewayService>();

    public static async Task<DiscordTestBot> StartAsync(
        FakeDiscordServer fake, ICommandDispatcher dispatcher, Action<Dictionary<string, string?>>? configure = null, bool startGateway = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = fake.Options.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl,
            ["Discord:DeferAfter"] = "00:00:00.200",
            ["Discord:ReconnectBaseDelay"] = "00:00:00.020",
            ["Discord:MinIdentifyInterval"] = "00:00:00.050",
        };
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new CapturingLoggerProvider();
        var events = new RecordingChannelEvents();
        var collection = new ServiceCollection();
        collection.AddSingleton(TimeProvider.System);
        collection.AddLogging(b => b.AddProvider(logs));
        collection.AddSingleton(dispatcher);
        collection.AddSingleton<IChannelEvents>(events);
        collection.AddDiscordPlatform(configuration);
        var bot = new DiscordTestBot(collection.BuildServiceProvider()) { Events = events, Logs = logs };
        if (startGateway)
        {
            foreach (var service in bot.hosted)
                await service.StartAsync(CancellationToken.None);
        }
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        foreach (var service in hosted)
            await service.StopAsync(timeout.Token);
        await services.DisposeAsync();
    }
}
