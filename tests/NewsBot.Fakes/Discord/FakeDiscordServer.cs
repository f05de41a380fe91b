using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Fakes.Discord;

/// <summary>
/// A fake Discord on 127.0.0.1 (random port): REST under /api/v10 with real rate-limit headers and 429s, and a
/// WebSocket gateway at /gateway (resume url /resume). Records messages, 429s and interaction answers.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly FakeDiscordRest rest;
    private string root = "";

    private FakeDiscordServer(FakeDiscordOptions options, TimeProvider time)
    {
        Options = options;
        RateLimiter = new FakeRateLimiter(time, options.GlobalLimit, options.GlobalWindow);
        Gateway = new FakeDiscordGateway(this, options, time);
        rest = new FakeDiscordRest(this, options, RateLimiter, time);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.UseWebSockets();
        rest.Map(app);
        app.Map("/gateway", Gateway.AcceptAsync);
        app.Map("/resume", Gateway.AcceptAsync);
    }

    public FakeDiscordOptions Options { get; }
    public FakeDiscordRecords Records { get; } = new();
    public FakeDiscordGateway Gateway { get; }
    public FakeRateLimiter RateLimiter { get; }

    /// <summary>http://127.0.0.1:port/api/v10 — what DiscordOptions.ApiBaseUrl should be.</summary>
    public string ApiBaseUrl => root + "/api/v10";
    public string GatewayUrl => root.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";
    public string ResumeGatewayUrl => root.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume";

    /// <summary>Channels answering 404 Unknown Channel (10003).</summary>
    public ICollection<string> GoneChannels => rest.GoneChannels.Keys;

    public void MarkGone(string channelId) => rest.GoneChannels[channelId] = 0;

    public void MarkForbidden(string channelId) => rest.ForbiddenChannels[channelId] = 0;

    public static async Task<FakeDiscordServer> StartAsync(FakeDiscordOptions? options = null, TimeProvider? time = null)
    {
        var server = new FakeDiscordServer(options ?? new FakeDiscordOptions(), time ?? TimeProvider.System);
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.root = address.TrimEnd('/');
        return server;
    }

    /// <summary>Polls until <paramref name="condition"/> holds; throws with <paramref name="what"/> after the timeout.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("timed out waiting for " + what);
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
