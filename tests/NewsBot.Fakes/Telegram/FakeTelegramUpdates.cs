using System.Text.Json.Nodes;

namespace NewsBot.Fakes.Telegram;

/// <summary>The update queue behind getUpdates: offset confirms earlier updates; an empty queue holds the poll briefly.</summary>
public sealed class FakeTelegramUpdates(TimeProvider time)
{
    private readonly object _gate = new();
    private readonly List<(int Id, JsonObject Update)> _pending = [];
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId = 100;

    /// <summary>Highest offset a client has sent: every update below it was confirmed.</summary>
    public int ConfirmedOffset { get; private set; }

    public int PendingCount
    {
        get { lock (_gate) return _pending.Count; }
    }

    public int Add(JsonObject update)
    {
        lock (_gate)
        {
            var id = _nextId++;
            update["update_id"] = id;
            _pending.Add((id, update));
            _arrived.TrySetResult();
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return id;
        }
    }

    public async Task<JsonArray> GetAsync(int offset, int limit, TimeSpan hold, CancellationToken ct)
    {
        var deadline = time.GetUtcNow() + hold;
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                if (offset > 0)
                {
                    _pending.RemoveAll(p => p.Id < offset);
                    ConfirmedOffset = Math.Max(ConfirmedOffset, offset);
                }
                var ready = _pending.Where(p => p.Id >= offset).Take(Math.Clamp(limit, 1, 100)).ToList();
                if (ready.Count > 0)
                    return new JsonArray(ready.Select(p => (JsonNode)p.Update.DeepClone()).ToArray());
                arrived = _arrived.Task;
            }
            var left = deadline - time.GetUtcNow();
            if (left <= TimeSpan.Zero)
                return [];
            await Task.WhenAny(arrived, Task.Delay(left, time, ct));
            ct.ThrowIfCancellationRequested();
        }
    }
}
