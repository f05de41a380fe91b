namespace NewsBot.Web;

/// <summary>
/// The total time-out of one fetch, on the injected clock. It starts when the first request is actually sent
/// (after the politeness gates), so fetches queued behind a busy host do not time out while they wait.
/// </summary>
internal sealed class FetchDeadline(TimeSpan limit, TimeProvider time, CancellationToken caller) : IDisposable
{
    private CancellationTokenSource? _timer;
    private CancellationTokenSource? _linked;

    /// <summary>The caller's token before <see cref="Start"/>, the caller's token plus the deadline after.</summary>
    public CancellationToken Token => _linked?.Token ?? caller;

    public bool Expired => _timer?.IsCancellationRequested == true;

    /// <summary>Starts the clock on the first call; later calls keep the same deadline.</summary>
    public CancellationToken Start()
    {
        if (_linked is null)
        {
            _timer = new CancellationTokenSource(limit, time);
            _linked = CancellationTokenSource.CreateLinkedTokenSource(caller, _timer.Token);
        }
        return _linked.Token;
    }

    public void Dispose()
    {
        _linked?.Dispose();
        _timer?.Dispose();
    }
}
