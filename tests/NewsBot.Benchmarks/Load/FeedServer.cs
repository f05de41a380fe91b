using NewsBot.Fakes.Web;

namespace NewsBot.Benchmarks.Load;

/// <summary>The load harness's fake feed server, in this process or in a child process.</summary>
internal sealed class FeedServer : IAsyncDisposable
{
    private readonly FakeWebServer? _local;
    private readonly FeedServerProcess? _child;

    private FeedServer(FakeWebServer? local, FeedServerProcess? child)
    {
        _local = local;
        _child = child;
    }

    public Uri BaseUrl => _local?.BaseUrl ?? _child!.BaseUrl;

    public static async Task<FeedServer> StartAsync(int feeds, double notModified, bool inProcess)
    {
        if (!inProcess)
            return new FeedServer(null, await FeedServerProcess.StartAsync(feeds, notModified));
        var local = await FakeWebServer.StartAsync();
        local.ServeFeeds(feeds, notModified);
        return new FeedServer(local, null);
    }

    public async Task<int> RequestCountAsync() => _local?.TotalRequests ?? await _child!.RequestCountAsync();

    public async ValueTask DisposeAsync()
    {
        if (_local is not null)
            await _local.DisposeAsync();
        if (_child is not null)
            await _child.DisposeAsync();
    }
}
