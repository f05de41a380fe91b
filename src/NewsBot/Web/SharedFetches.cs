using NewsBot.Core.Abstractions;

namespace NewsBot.Web;

/// <summary>
/// One fetch per request key at a time: callers that arrive while a fetch is in flight wait for the same result.
/// A caller that gives up stops waiting; the shared fetch is cancelled only when every caller has given up.
/// </summary>
internal sealed class SharedFetches
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public int InFlight
    {
        get { lock (_lock) return _entries.Count; }
    }

    public async Task<FetchResult> RunAsync(string key, Func<CancellationToken, Task<FetchResult>> fetch, CancellationToken ct)
    {
        Entry entry;
        var owner = false;
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                _entries[key] = entry = new Entry();
                owner = true;
            }
            entry.Waiters++;
        }
        if (owner)
            _ = CompleteAsync(key, entry, fetch);
        try
        {
            return await entry.Result.Task.WaitAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            GiveUp(key, entry);
            throw;
        }
    }

    private async Task CompleteAsync(string key, Entry entry, Func<CancellationToken, Task<FetchResult>> fetch)
    {
        try
        {
            var result = await fetch(entry.Cancel.Token);
            Forget(key, entry);
            entry.Result.TrySetResult(result);
        }
        catch (Exception ex)
        {
            Forget(key, entry);
            if (ex is OperationCanceledException)
                entry.Result.TrySetCanceled();
            else
                entry.Result.TrySetException(ex);
        }
        finally
        {
            entry.Cancel.Dispose();
        }
    }

    private void GiveUp(string key, Entry entry)
    {
        bool last;
        lock (_lock)
        {
            last = --entry.Waiters == 0;
            if (last && _entries.TryGetValue(key, out var current) && current == entry)
                _entries.Remove(key);
        }
        if (last)
        {
            try
            {
                entry.Cancel.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The fetch finished at the same moment; nothing left to cancel.
            }
        }
    }

    private void Forget(string key, Entry entry)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var current) && current == entry)
                _entries.Remove(key);
        }
    }

    private sealed class Entry
    {
        public TaskCompletionSource<FetchResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public CancellationTokenSource Cancel { get; } = new();
        public int Waiters { get; set; }
    }
}
