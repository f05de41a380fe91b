namespace NewsBot.Polling;

/// <summary>
/// Lets one poll at a time write its results (new stories, feed state) to the store. Fetching, parsing and article
/// reading stay concurrent; only the short write transactions queue here. SQLite has a single writer anyway, and
/// without this gate concurrent polls wait inside SQLite's busy handler, which sleeps on (and so starves) pool
/// threads; waiting here is asynchronous and in arrival order.
/// </summary>
public sealed class StoreWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return await write();
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task RunAsync(Func<Task> write, CancellationToken ct) =>
        RunAsync(async () =>
        {
            await write();
            return true;
        }, ct);
}
