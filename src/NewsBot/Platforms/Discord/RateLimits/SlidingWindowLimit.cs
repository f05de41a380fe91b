namespace NewsBot.Platforms.Discord.RateLimits;

/// <summary>
/// At most <c>limit</c> events in any <c>window</c> (a log of recent event times), plus an optional pause.
/// Used for the client-side global 50 requests/s and the gateway's 120 sends per 60 s.
/// </summary>
internal sealed class SlidingWindowLimit(int limit, TimeSpan window, TimeProvider time)
{
    private readonly Queue<DateTimeOffset> events = new();
    private readonly Lock sync = new();
    private DateTimeOffset pausedUntil;

    public int Limit => limit;

    /// <summary>Waits until one more event fits, then records it.</summary>
    public async Task WaitAsync(CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            lock (sync)
            {
                var now = time.GetUtcNow();
                while (events.Count > 0 && events.Peek() + window <= now)
                    events.Dequeue();
                if (now < pausedUntil)
                    wait = pausedUntil - now;
                else if (events.Count < limit)
                {
                    events.Enqueue(now);
                    return;
                }
                else
                    wait = events.Peek() + window - now;
            }
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Records an event that happened anyway; returns false when it went over the limit.</summary>
    public bool TryRecord()
    {
        lock (sync)
        {
            var now = time.GetUtcNow();
            while (events.Count > 0 && events.Peek() + window <= now)
                events.Dequeue();
            events.Enqueue(now);
            return events.Count <= limit;
        }
    }

    /// <summary>Events still inside the window.</summary>
    public int Count
    {
        get
        {
            lock (sync)
            {
                var now = time.GetUtcNow();
                while (events.Count > 0 && events.Peek() + window <= now)
                    events.Dequeue();
                return events.Count;
            }
        }
    }

    /// <summary>Nothing passes until the pause is over (a global 429).</summary>
    public void Pause(TimeSpan duration)
    {
        lock (sync)
        {
            var until = time.GetUtcNow() + duration;
            if (until > pausedUntil)
                pausedUntil = until;
        }
    }
}
