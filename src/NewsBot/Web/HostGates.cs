namespace NewsBot.Web;

/// <summary>
/// Politeness limits: at most <c>perHost</c> requests in flight to one host and <c>global</c> overall.
/// A host's semaphore lives only while someone holds or waits for it, so the dictionary stays bounded
/// by the number of requests in progress, however many hosts are ever seen.
/// </summary>
internal sealed class HostGates(int perHost, int global)
{
    private readonly SemaphoreSlim _global = new(global, global);
    private readonly Dictionary<string, HostGate> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    /// <summary>Hosts that currently have a gate (for tests and diagnostics).</summary>
    public int TrackedHosts
    {
        get { lock (_lock) return _hosts.Count; }
    }

    public async Task<Lease> EnterAsync(string host, CancellationToken ct)
    {
        HostGate gate;
        lock (_lock)
        {
            if (!_hosts.TryGetValue(host, out gate!))
                _hosts[host] = gate = new HostGate(new SemaphoreSlim(perHost, perHost));
            gate.Users++;
        }
        var hostEntered = false;
        try
        {
            await gate.Semaphore.WaitAsync(ct);
            hostEntered = true;
            await _global.WaitAsync(ct);
            return new Lease(this, host, gate);
        }
        catch
        {
            if (hostEntered)
                gate.Semaphore.Release();
            Leave(host, gate);
            throw;
        }
    }

    private void Leave(string host, HostGate gate)
    {
        lock (_lock)
        {
            if (--gate.Users == 0)
                _hosts.Remove(host);
        }
    }

    internal sealed class HostGate(SemaphoreSlim semaphore)
    {
        public SemaphoreSlim Semaphore { get; } = semaphore;
        public int Users { get; set; }
    }

    /// <summary>Releases the global and host slots once.</summary>
    public sealed class Lease : IDisposable
    {
        private readonly HostGates _owner;
        private readonly string _host;
        private readonly HostGate _gate;
        private int _released;

        internal Lease(HostGates owner, string host, HostGate gate) => (_owner, _host, _gate) = (owner, host, gate);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
                return;
            _owner._global.Release();
            _gate.Semaphore.Release();
            _owner.Leave(_host, _gate);
        }
    }
}
