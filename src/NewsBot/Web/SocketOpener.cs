using System.Net;
using System.Net.Sockets;

namespace NewsBot.Web;

/// <summary>Opens the TCP connection once <see cref="GuardedConnector"/> has approved the addresses.</summary>
internal interface ISocketOpener
{
    ValueTask<Stream> OpenAsync(IReadOnlyList<IPAddress> addresses, int port, CancellationToken ct);
}

/// <summary>Tries each approved address in order and returns the first connection that succeeds.</summary>
internal sealed class TcpSocketOpener : ISocketOpener
{
    public async ValueTask<Stream> OpenAsync(IReadOnlyList<IPAddress> addresses, int port, CancellationToken ct)
    {
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(address, port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }
}
