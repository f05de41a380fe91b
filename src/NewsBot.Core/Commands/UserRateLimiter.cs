namespace NewsBot.Core.Commands;

/// <summary>At most N commands per user in a sliding window; memory bounded by forgetting idle users.</summary>
public sealed class UserRateLimiter(TimeProvider clock, int limit, TimeSpan window)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _recent = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public bool TryAcquire(string user)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_recent.Count > 10_000)
                Prune(now);
            if (!_recent.TryGetValue(user, out var times))
                _recent[user] = times = new Queue<DateTimeOffset>();
            while (times.Count > 0 && now - times.Peek() >= window)
                times.Dequeue();
            if (times.Count >= limit)
                return false;
            times.Enqueue(now);
            return true;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var key in _recent.Where(kv => kv.Value.Count == 0 || now - kv.Value.Last() >= window).Select(kv => kv.Key).ToList())
            _recent.Remove(key);
    }
}
