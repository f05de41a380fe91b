using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace NewsBot.Platforms.Discord.Gateway;

/// <summary>One gateway message, or the close code when the server closed the connection.</summary>
internal readonly record struct GatewayMessage(byte[]? Utf8, int? CloseCode)
{
    public bool Closed => Utf8 is null;
}

/// <summary>
/// A ClientWebSocket for the gateway: messages accumulated across frames until EndOfMessage, sends serialized and
/// kept under 4096 bytes, closing with a chosen code (non-1000 keeps the session resumable).
/// </summary>
internal sealed class GatewaySocket : IAsyncDisposable
{
    public const int MaxSendBytes = 4096;
    private const int MaxMessageBytes = 64 * 1024 * 1024;
    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);

    public async Task ConnectAsync(Uri url, CancellationToken ct) => await socket.ConnectAsync(url, ct).ConfigureAwait(false);

    public async Task<GatewayMessage> ReceiveAsync(CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var result = await socket.ReceiveAsync(memory, ct).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
                return new GatewayMessage(null, (int?)socket.CloseStatus);
            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
                throw new WebSocketException($"gateway message larger than {MaxMessageBytes} bytes");
            if (result.EndOfMessage)
                return new GatewayMessage(buffer.WrittenSpan.ToArray(), null);
        }
    }

    public async Task SendAsync(string json, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        if (bytes.Length > MaxSendBytes)
            throw new InvalidOperationException($"gateway payload of {bytes.Length} bytes exceeds {MaxSendBytes}");
        await sendLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, ct).ConfigureAwait(false);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Sends a close frame with <paramref name="code"/> (waiting at most a second), then drops the connection.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection is being dropped anyway.
        }
        finally
        {
            socket.Abort();
        }
    }

    public ValueTask DisposeAsync()
    {
        socket.Dispose();
        sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
