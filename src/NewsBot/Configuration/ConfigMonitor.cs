using Microsoft.Extensions.Logging;

namespace NewsBot.Configuration;

/// <summary>
/// Holds the configuration in force and reloads newsbot.json when it changes on disk. An invalid edit is rejected
/// with its error list and the last good configuration stays in force.
/// </summary>
public sealed class ConfigMonitor : IDisposable
{
    private readonly ILogger<ConfigMonitor> _logger;
    private readonly FileSystemWatcher? _watcher;
    private readonly Lock _gate = new();
    private Timer? _debounce;
    private volatile ConfigSnapshot _current;

    public ConfigMonitor(ConfigSnapshot initial, ILogger<ConfigMonitor> logger, bool watch = true)
    {
        _current = initial;
        _logger = logger;
        if (!watch)
            return;
        _watcher = new FileSystemWatcher(initial.Directory, ConfigLoader.FileName)
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
        };
        _watcher.Changed += (_, _) => Schedule();
        _watcher.Created += (_, _) => Schedule();
        _watcher.Renamed += (_, _) => Schedule();
        _watcher.EnableRaisingEvents = true;
    }

    public ConfigSnapshot Current => _current;

    /// <summary>Raised after a valid new configuration took effect.</summary>
    public event Action<ConfigSnapshot>? Changed;

    /// <summary>Errors of the last rejected edit (empty when the file in force is the file on disk).</summary>
    public IReadOnlyList<ConfigError> LastRejected { get; private set; } = [];

    /// <summary>Reads the file again now; returns the errors when the edit was rejected.</summary>
    public IReadOnlyList<ConfigError> Reload()
    {
        lock (_gate)
        {
            var (snapshot, errors) = ConfigSnapshot.Load(_current.Directory);
            if (snapshot is null)
            {
                LastRejected = errors;
                _logger.LogError("Configuration edit rejected; the last good configuration stays in force. {ErrorCount} problem(s): {ConfigErrors}",
                    errors.Count, string.Join("; ", errors));
                return errors;
            }
            LastRejected = [];
            _current = snapshot;
            _logger.LogInformation("Configuration reloaded: {FeedCount} feeds, {TopicCount} topics, {SubscriptionCount} subscriptions",
                snapshot.Config.Feeds.Count, snapshot.Config.Topics.Count, snapshot.Config.Subscriptions.Count);
        }
        Changed?.Invoke(_current);
        return [];
    }

    private void Schedule()
    {
        lock (_gate)
        {
            _debounce?.Dispose();
            _debounce = new Timer(_ => SafeReload(), null, TimeSpan.FromMilliseconds(300), Timeout.InfiniteTimeSpan);
        }
    }

    private void SafeReload()
    {
        try
        {
            Reload();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Configuration reload failed");
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
    }
}
