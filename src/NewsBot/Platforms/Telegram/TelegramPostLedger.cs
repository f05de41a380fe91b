using System.Collections.Concurrent;

namespace NewsBot.Platforms.Telegram;

/// <summary>
/// Remembers, per idempotency key, the parts of a split post already sent and the first message id of recent
/// finished posts, so a retried post resumes where it stopped and a repeated one is not sent twice (in memory only).
/// </summary>
public sealed class TelegramPostLedger
{
    private const int Capacity = 10_000;
    private readonly ConcurrentDictionary<string, List<int>> _inProgress = new();
    private readonly ConcurrentDictionary<string, string> _done = new();
    private readonly ConcurrentQueue<string> _doneOrder = new();

    public bool TryGetDone(string key, out string messageId) => _done.TryGetValue(key, out messageId!);

    /// <summary>Message ids of the parts already sent for this key (a live list the caller appends to).</summary>
    public List<int> Progress(string key) => _inProgress.GetOrAdd(key, _ => []);

    public void Complete(string key, string firstMessageId)
    {
        _inProgress.TryRemove(key, out _);
        if (_done.TryAdd(key, firstMessageId))
            _doneOrder.Enqueue(key);
        while (_doneOrder.Count > Capacity && _doneOrder.TryDequeue(out var old))
            _done.TryRemove(old, out _);
    }

    public void Forget(string key) => _inProgress.TryRemove(key, out _);
}
