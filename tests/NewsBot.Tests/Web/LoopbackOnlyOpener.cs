using System.Net;
using NewsBot.Web;

namespace NewsBot.Tests.Web;

/// <summary>
/// The socket opener the web tests use: records every address the fetcher tries to reach and refuses to open
/// anything but loopback, so a bug in the SSRF guard can never send a packet off this machine.
/// </summary>
internal sealed class LoopbackOnlyOpener : ISocketOpener
{
    private readonly TcpSocketOpener _inner = new();
    private readonly List<IPAddress> _attempts = [];

    public Func<CancellationToken, Task>? BeforeConnect { get; set; }

    public IReadOnlyList<IPAddress> Attempts
    {
        get { lock (_attempts) return [.. _attempts]; }
    }

    public async ValueTask<Stream> OpenAsync(IReadOnlyList<IPAddress> addresses, int port, CancellationToken ct)
    {
        lock (_attempts)
            _attempts.AddRange(addresses);
        if (addresses.FirstOrDefault(a => !IPAddress.IsLoopback(a)) is { } outside)
            throw new InvalidOperationException($"Test safety: refused to open a socket to non-loopback {outside}.");
        if (BeforeConnect is not null)
            await BeforeConnect(ct);
        return await _inner.OpenAsync(addresses, port, ct);
    }
}
