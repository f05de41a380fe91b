namespace NewsBot.Platforms.Discord.RateLimits;

/// <summary>
/// One Discord rate-limit bucket. Requests go through one at a time, so the remaining count is always the one the
/// last reply reported (one in flight until headers are known, and after); when it reaches 0 the next request
/// waits for the reset.
/// </summary>
internal sealed class RateLimitBucket(TimeProvider time)
{
    /// <summary>Reset-After has millisecond precision; a little extra keeps rounding from costing a 429.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(20);
    private readonly SemaphoreSlim gate = new(1, 1);
    private int? remaining;
    private DateTimeOffset resetAt;

    public DateTimeOffset LastUsed { get; private set; } = time.GetUtcNow();

    public bool Busy => gate.CurrentCount == 0;

    /// <summary>Waits for this bucket's turn and for its window to allow a request; dispose the lease when the reply is read.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            if (remaining <= 0 && resetAt > now)
                await Task.Delay(resetAt - now, time, ct).ConfigureAwait(false);
            if (remaining is not null && time.GetUtcNow() >= resetAt)
                remaining = null;
            LastUsed = time.GetUtcNow();
            return new Lease(gate);
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    /// <summary>Adopts the reply's Remaining and Reset-After (measured from when the reply arrived).</summary>
    public void Update(RateLimitHeaders headers)
    {
        if (!headers.HasLimits)
            return;
        remaining = headers.Remaining;
        resetAt = time.GetUtcNow() + headers.ResetAfter!.Value + Margin;
    }

    /// <summary>A 429 for this bucket: nothing more until retry_after has passed.</summary>
    public void Exhaust(TimeSpan retryAfter)
    {
        remaining = 0;
        var until = time.GetUtcNow() + retryAfter;
        if (until > resetAt)
            resetAt = until;
    }

    private sealed class Lease(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
                gate.Release();
        }
    }
}
