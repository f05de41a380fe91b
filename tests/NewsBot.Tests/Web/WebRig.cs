using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Abstractions;
using NewsBot.Fakes.Web;
using NewsBot.Web;

namespace NewsBot.Tests.Web;

/// <summary>A fake web server plus a fetcher built by <see cref="WebRegistration.AddWebFetcher"/> with a fake clock.</summary>
internal sealed class WebRig : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private WebRig(FakeWebServer server, ServiceProvider services, FakeTimeProvider time, LoopbackOnlyOpener opener)
    {
        Server = server;
        _services = services;
        Time = time;
        Opener = opener;
        Fetcher = services.GetRequiredService<IWebFetcher>();
    }

    public FakeWebServer Server { get; }
    public IWebFetcher Fetcher { get; }
    public FakeTimeProvider Time { get; }
    public LoopbackOnlyOpener Opener { get; }

    /// <summary>Defaults: private addresses allowed (the server is on loopback), 1 MB body cap.</summary>
    public static async Task<WebRig> StartAsync(Dictionary<string, string?>? settings = null, ILoggerProvider? logs = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Web:AllowPrivateAddresses"] = "true",
            ["Web:MaxBodyBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? [])
            values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var time = new FakeTimeProvider(Start);
        var opener = new LoopbackOnlyOpener();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(logs ?? NullLoggerProvider.Instance))
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<ISocketOpener>(opener)
            .AddWebFetcher(configuration)
            .BuildServiceProvider(validateScopes: true);
        var server = await FakeWebServer.StartAsync();
        return new WebRig(server, services, time, opener);
    }

    public Task<FetchResult> FetchAsync(string path, string? etag = null, string? lastModified = null) =>
        Fetcher.FetchAsync(new FetchRequest(Server.Url(path), etag, lastModified), CancellationToken.None);

    public Task<FetchResult> FetchAsync(Uri url) => Fetcher.FetchAsync(new FetchRequest(url), CancellationToken.None);

    /// <summary>Waits (up to 10 s) for something the server or fetcher does in the background.</summary>
    public static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
            await Task.Delay(10);
        Assert.True(condition(), "condition not reached within 10 s");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
