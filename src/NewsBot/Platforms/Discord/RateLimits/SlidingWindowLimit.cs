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
    private int flying;

    public int Limit => limit;

    /// <summary>Waits until one more event fits, then records it.</summary>
    public async Task WaitAsync(CancellationToken ct)
    {
        while (TryTake(inFlight: false) is { } wait)
            await Task.Delay(wait, time, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Waits until one more request fits and counts it as in flight; disposing the lease records it at that
    /// moment. A request thus occupies its slot from send until a window after its reply, so however the network
    /// delays it, the server can never see more than <c>limit</c> of them inside one window.
    /// </summary>
    public async Task<IDisposable> AcquireAsync(CancellationToken ct)
    {
        while (TryTake(inFlight: true) is { } wait)
            await Task.Delay(wait, time, ct).ConfigureAwait(false);
        return new Lease(this);
    }

    /// <summary>Takes a slot and returns null, or returns how long to wait before trying again.</summary>
    private TimeSpan? TryTake(bool inFlight)
    {
        lock (sync)
        {
            var now = time.GetUtcNow();
            Expire(now);
            if (now < pausedUntil)
                return pausedUntil - now;
            if (events.Count + flying < limit)
            {
                if (inFlight)
                    flying++;
                else
                    events.Enqueue(now);
                return null;
            }
            var wait = events.Count > 0 ? events.Peek() + window - now : TimeSpan.FromMilliseconds(5);
            return wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1);
        }
    }

    private void Complete()
    {
        lock (sync)
        {
            flying--;
            events.Enqueue(time.GetUtcNow());
        }
    }

    private void Expire(DateTimeOffset now)
    {
        while (events.Count > 0 && events.Peek() + window <= now)
            events.Dequeue();
    }

    /// <summary>Records an event that happened anyway; returns false when it went over the limit.</summary>
    public bool TryRecord()
    {
        lock (sync)
        {
            var now = time.GetUtcNow();
            Expire(now);
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
                Expire(time.GetUtcNow());
                return events.Count + flying;
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

    private sealed class Lease(SlidingWindowLimit owner) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
                owner.Complete();
        }
    }
}
