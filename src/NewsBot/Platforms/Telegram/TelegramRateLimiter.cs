namespace NewsBot.Platforms.Telegram;

/// <summary>
/// The one gate every Telegram send passes (fan-out, roll-ups, command replies): at most N messages per second to a
/// chat, M per minute to a group (negative chat id) and K per second in total; a chat is paused after a 429 for its
/// retry_after. Waiters with priority (command replies) are granted first.
/// A send counts from the moment its answer arrives, and while in flight it holds its place in every window: the
/// server saw it no later than that, so the spacing holds at the server whatever the network latency.
/// </summary>
public sealed class TelegramRateLimiter : IDisposable
{
    public static readonly TimeSpan SafetyMargin = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1) + SafetyMargin;
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1) + SafetyMargin;

    private readonly TimeProvider _time;
    private readonly TimeSpan _chatSpacing;
    private readonly int _perGroupMinute;
    private readonly int _perSecond;
    private readonly object _gate = new();
    private readonly List<Waiter> _waiters = [];
    private readonly Dictionary<long, ChatState> _chats = [];
    private readonly Queue<DateTimeOffset> _global = new();
    private readonly ITimer _timer;
    private int _inFlight;

    public TelegramRateLimiter(TelegramOptions options, TimeProvider time)
    {
        _time = time;
        _chatSpacing = TimeSpan.FromSeconds(1 / options.MessagesPerSecondPerChat) + SafetyMargin;
        _perGroupMinute = options.MessagesPerMinutePerGroup;
        _perSecond = options.MessagesPerSecond;
        _timer = time.CreateTimer(_ => Pump(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Completes when a message to <paramref name="chatId"/> may be sent; dispose the slot when its answer came.</summary>
    public async Task<IDisposable> WaitAsync(long chatId, bool priority, CancellationToken ct)
    {
        var waiter = new Waiter(chatId, priority);
        lock (_gate)
        {
            var at = priority ? _waiters.FindIndex(w => !w.Priority) : -1;
            _waiters.Insert(at < 0 ? _waiters.Count : at, waiter);
        }
        using (ct.Register(() => Cancel(waiter, ct)))
        {
            Pump();
            await waiter.Done.Task;
        }
        return new Slot(this, chatId);
    }

    /// <summary>After a 429: nothing goes to this chat until <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(long chatId, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var state = State(chatId);
            var until = _time.GetUtcNow() + retryAfter + SafetyMargin;
            if (until > state.PausedUntil)
                state.PausedUntil = until;
        }
        Pump();
    }

    private void Cancel(Waiter waiter, CancellationToken ct)
    {
        bool removed;
        lock (_gate)
            removed = _waiters.Remove(waiter);
        if (removed)
            waiter.Done.TrySetCanceled(ct);
    }

    private void Complete(long chatId)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var state = State(chatId);
            state.InFlight--;
            state.NextAllowed = now + _chatSpacing;
            if (chatId < 0)
                state.GroupSends.Enqueue(now);
            _inFlight--;
            _global.Enqueue(now);
        }
        Pump();
    }

    private void Pump()
    {
        List<Waiter> granted = [];
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            while (_global.Count > 0 && _global.Peek() <= now - Second)
                _global.Dequeue();
            var earliest = DateTimeOffset.MaxValue;
            for (var i = 0; i < _waiters.Count; i++)
            {
                var waiter = _waiters[i];
                var readyAt = ReadyAt(waiter.ChatId, now);
                if (readyAt <= now)
                {
                    State(waiter.ChatId).InFlight++;
                    _inFlight++;
                    granted.Add(waiter);
                    _waiters.RemoveAt(i--);
                }
                else if (readyAt < earliest)
                    earliest = readyAt;
            }
            if (_chats.Count > 4096)
                Prune(now);
            var due = earliest == DateTimeOffset.MaxValue ? Timeout.InfiniteTimeSpan : Max(earliest - now, TimeSpan.FromMilliseconds(1));
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }
        foreach (var waiter in granted)
            waiter.Done.TrySetResult();
    }

    /// <summary>When the chat may be sent to; MaxValue while only a completion can free it.</summary>
    private DateTimeOffset ReadyAt(long chatId, DateTimeOffset now)
    {
        var ready = now;
        var freeGlobal = _perSecond - _inFlight;
        if (freeGlobal <= 0)
            return DateTimeOffset.MaxValue;
        if (_global.Count >= freeGlobal)
            ready = Max(ready, _global.ElementAt(_global.Count - freeGlobal) + Second);
        if (!_chats.TryGetValue(chatId, out var state))
            return ready;
        if (state.InFlight > 0)
            return DateTimeOffset.MaxValue;
        ready = Max(ready, Max(state.NextAllowed, state.PausedUntil));
        while (state.GroupSends.Count > 0 && state.GroupSends.Peek() <= now - Minute)
            state.GroupSends.Dequeue();
        if (chatId < 0 && state.GroupSends.Count >= _perGroupMinute)
            ready = Max(ready, state.GroupSends.ElementAt(state.GroupSends.Count - _perGroupMinute) + Minute);
        return ready;
    }

    private ChatState State(long chatId)
    {
        if (!_chats.TryGetValue(chatId, out var state))
            _chats[chatId] = state = new ChatState();
        return state;
    }

    private void Prune(DateTimeOffset now)
    {
        var idle = _chats.Where(kv => kv.Value.InFlight == 0 && kv.Value.NextAllowed < now - Minute
                                      && kv.Value.PausedUntil < now && kv.Value.GroupSends.All(t => t <= now - Minute)
                                      && _waiters.All(w => w.ChatId != kv.Key))
            .Select(kv => kv.Key).ToList();
        foreach (var id in idle)
            _chats.Remove(id);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    public void Dispose() => _timer.Dispose();

    private sealed record Waiter(long ChatId, bool Priority)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Slot(TelegramRateLimiter owner, long chatId) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                owner.Complete(chatId);
        }
    }

    private sealed class ChatState
    {
        public DateTimeOffset NextAllowed;
        public DateTimeOffset PausedUntil;
        public int InFlight;
        public Queue<DateTimeOffset> GroupSends { get; } = new();
    }
}
