namespace NewsBot.Fakes.Telegram;

/// <summary>
/// Telegram's flood limits as sliding windows: per chat per second, per group (negative id) per minute, and in
/// total per second. A small grace absorbs network jitter. Answers the retry_after to give, or null to accept.
/// </summary>
public sealed class FakeTelegramLimits
{
    public bool Enforce { get; set; } = true;
    public int PerChatPerSecond { get; set; } = 1;
    public int PerGroupPerMinute { get; set; } = 20;
    public int PerSecond { get; set; } = 30;
    public TimeSpan Grace { get; set; } = TimeSpan.FromMilliseconds(50);

    private readonly Dictionary<long, List<DateTimeOffset>> _chat = [];
    private readonly List<DateTimeOffset> _global = [];

    /// <summary>Checks a send to <paramref name="chatId"/> at <paramref name="now"/>; when accepted, it is counted.</summary>
    public int? TryTake(long chatId, DateTimeOffset now)
    {
        if (!Enforce)
            return null;
        var sends = _chat.TryGetValue(chatId, out var list) ? list : _chat[chatId] = [];
        sends.RemoveAll(t => t <= now - TimeSpan.FromMinutes(1));
        _global.RemoveAll(t => t <= now - TimeSpan.FromSeconds(1));
        var wait = Exceeded(sends, PerChatPerSecond, TimeSpan.FromSeconds(1), now);
        if (chatId < 0)
            wait = Max(wait, Exceeded(sends, PerGroupPerMinute, TimeSpan.FromMinutes(1), now));
        wait = Max(wait, Exceeded(_global, PerSecond, TimeSpan.FromSeconds(1), now));
        if (wait is not null)
            return wait;
        sends.Add(now);
        _global.Add(now);
        return null;
    }

    /// <summary>Seconds until the window has room again, or null when it has room now.</summary>
    private int? Exceeded(List<DateTimeOffset> sends, int allowed, TimeSpan window, DateTimeOffset now)
    {
        var inWindow = sends.Where(t => t > now - window + Grace).ToList();
        if (inWindow.Count < allowed)
            return null;
        var frees = inWindow[inWindow.Count - allowed] + window - Grace - now;
        return Math.Max(1, (int)Math.Ceiling(frees.TotalSeconds));
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
