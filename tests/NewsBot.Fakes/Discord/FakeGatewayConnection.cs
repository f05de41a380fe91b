using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace NewsBot.Fakes.Discord;

/// <summary>One client connection to the fake gateway: whole-message receive and serialized sends.</summary>
internal sealed class FakeGatewayConnection(WebSocket socket, int maxFrameBytes)
{
    private readonly SemaphoreSlim sendLock = new(1, 1);

    public FakeGatewaySession? Session { get; set; }

    public bool Open => socket.State == WebSocketState.Open;

    /// <summary>The next text message, or null when the client closed (then <see cref="CloseCode"/> holds its code).</summary>
    public async Task<string?> ReceiveAsync(CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), ct);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            buffer.Advance(result.Count);
            if (result.EndOfMessage)
                return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
    }

    public int? CloseCode => (int?)socket.CloseStatus;

    public async Task SendAsync(string json)
    {
        await sendLock.WaitAsync();
        try
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            var frame = maxFrameBytes > 0 ? maxFrameBytes : bytes.Length;
            for (var offset = 0; offset < bytes.Length && socket.State == WebSocketState.Open; offset += frame)
            {
                var count = Math.Min(frame, bytes.Length - offset);
                await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count == bytes.Length, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // The client went away; the session keeps the event for a resume.
        }
        finally
        {
            sendLock.Release();
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        await sendLock.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
        finally
        {
            sendLock.Release();
        }
    }

    public void Abort() => socket.Abort();
}
