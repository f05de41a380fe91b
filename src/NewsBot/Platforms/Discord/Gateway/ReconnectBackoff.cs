namespace NewsBot.Platforms.Discord.Gateway;

/// <summary>Reconnect delays: base, doubling per failed attempt, capped, each with jitter (50-100 % of the step).</summary>
internal sealed class ReconnectBackoff(TimeSpan baseDelay, TimeSpan cap, Random? random = null)
{
    private readonly Random random = random ?? Random.Shared;
    private int attempt;

    public TimeSpan Next()
    {
        var step = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 16));
        attempt++;
        var capped = Math.Min(step, cap.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + random.NextDouble() / 2));
    }

    /// <summary>A connection got to READY or RESUMED: start again from the base delay.</summary>
    public void Reset() => attempt = 0;
}
