namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The soak's knobs. The soak compresses a bot's life (30 feeds with 5 new stories every 10 minutes is 900 stories
/// an hour, far busier than a real bot), so its windows are compressed too: by default every window in memory
/// and in the database fills within the warm-up hour, and hours 1 to 24 compare like with like.
/// </summary>
internal sealed record SoakOptions(int Feeds, int Hours, int WarmupHours, int MaxWarmupHours, TimeSpan Retention, int ClusterWindowHours)
{
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(10);

    public int StepsPerHour => (int)(TimeSpan.FromHours(1) / Step);

    /// <summary>A warm-up hour that compiled at least this share more methods than before it means the JIT is still settling.</summary>
    public const double JitSettledShare = 0.01;

    /// <summary>
    /// The first measured hour in which every window has been full for a whole hour: stories (retention),
    /// remembered identities (twice the retention) and the clusterer (its window of published time).
    /// </summary>
    public int SteadyHour(int warmupHours)
    {
        var longest = Math.Max(2 * Retention.TotalHours, ClusterWindowHours);
        return Math.Clamp((int)Math.Ceiling(longest) + 1 - warmupHours, 1, Hours);
    }

    /// <summary>
    /// `--feeds 30 --hours 24 --warmup-hours 1 --max-warmup-hours 12 --retention-minutes 20` (or `--retention-hours`)
    /// `--cluster-window-hours 1`.
    /// </summary>
    public static SoakOptions Parse(string[] args)
    {
        var retention = args.Contains("--retention-hours")
            ? TimeSpan.FromHours(HarnessArgs.Int(args, "--retention-hours", 1))
            : TimeSpan.FromMinutes(HarnessArgs.Int(args, "--retention-minutes", 20));
        return new SoakOptions(
            Math.Max(1, HarnessArgs.Int(args, "--feeds", 30)),
            Math.Max(1, HarnessArgs.Int(args, "--hours", 24)),
            Math.Max(0, HarnessArgs.Int(args, "--warmup-hours", 1)),
            Math.Max(0, HarnessArgs.Int(args, "--max-warmup-hours", 12)),
            retention < Step ? Step : retention,
            Math.Max(1, HarnessArgs.Int(args, "--cluster-window-hours", 1)));
    }
}
