using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Platforms.Discord.RateLimits;
using NewsBot.Platforms.Discord.Rest;

namespace NewsBot.Platforms.Discord.Gateway;

/// <summary>
/// The Discord gateway loop: HELLO, jittered first heartbeat then one per interval, IDENTIFY (intents GUILDS) or
/// RESUME, dispatches handed to the handler in order. Reconnects with a capped jittered back-off and resumes after
/// drops, op 7, op 9 true and zombie connections (no ACK between beats); starts a new session after op 9 false,
/// 4007 and 4009; stops with one critical log line on the fatal close codes 4004 and 4010-4014.
/// </summary>
internal sealed class GatewayClient(DiscordOptions options, GatewaySession session, IGatewayDispatchHandler handler, TimeProvider time, ILogger<GatewayClient> logger)
{
    public const int Intents = 1; // GUILDS: guild and channel create/delete; interactions arrive regardless.
    private static readonly TimeSpan SendWindow = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);
    private DateTimeOffset lastIdentify = DateTimeOffset.MinValue;

    public GatewaySession Session => session;

    /// <summary>Runs until cancelled or a fatal close code; returns that code (null when cancelled).</summary>
    public async Task<int?> RunAsync(string gatewayUrl, CancellationToken ct)
    {
        var backoff = new ReconnectBackoff(options.ReconnectBaseDelay, options.MaxReconnectDelay);
        while (!ct.IsCancellationRequested)
        {
            var resume = Session.CanResume;
            var url = resume ? Session.ResumeUrl! : gatewayUrl;
            var state = new ConnectionState();
            ConnectionEnd end;
            try
            {
                end = await RunConnectionAsync(url, resume, state, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return null;
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or HttpRequestException or OperationCanceledException)
            {
                logger.LogWarning(ex, "Discord gateway connection to {GatewayHost} failed", SafeHost(url));
                end = ConnectionEnd.Resume("network error: " + ex.Message);
            }
            if (end.Next == ConnectionNext.Stop)
            {
                logger.LogCritical("Discord gateway closed with fatal code {CloseCode} ({Reason}); the bot stops using the gateway until restarted.", end.CloseCode, end.Reason);
                return end.CloseCode;
            }
            if (end.Next == ConnectionNext.NewSession)
                Session.Reset();
            if (state.Ready)
                backoff.Reset();
            var delay = backoff.Next();
            logger.LogInformation("Discord gateway connection ended ({Reason}); {Next} in {DelayMs} ms", end.Reason, end.Next, (int)delay.TotalMilliseconds);
            await Task.Delay(delay, time, ct).ConfigureAwait(false);
        }
        return null;
    }

    private async Task<ConnectionEnd> RunConnectionAsync(string url, bool resume, ConnectionState state, CancellationToken ct)
    {
        await using var socket = new GatewaySocket();
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var sends = new SlidingWindowLimit(options.GatewaySendsPerMinute, SendWindow, time);
        Task heartbeat = Task.CompletedTask;
        // Connecting and the HELLO must come within HelloTimeout; after that the heartbeat watches the connection.
        await using var helloTimer = time.CreateTimer(_ => CancelQuietly(connection), null, HelloTimeout, Timeout.InfiniteTimeSpan);
        await socket.ConnectAsync(GatewayUri(url), connection.Token).ConfigureAwait(false);
        try
        {
            while (true)
            {
                GatewayMessage message;
                try
                {
                    message = await socket.ReceiveAsync(connection.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    await socket.CloseAsync(1000, "shutting down").ConfigureAwait(false);
                    throw;
                }
                catch (Exception ex) when (state.Zombie && ex is WebSocketException or OperationCanceledException)
                {
                    return ConnectionEnd.Resume("zombie connection: no heartbeat ACK since the last beat", GatewayCloseCodes.Reconnecting);
                }
                catch (OperationCanceledException)
                {
                    return ConnectionEnd.Resume($"no HELLO within {HelloTimeout.TotalSeconds} s");
                }
                if (message.Closed)
                {
                    await socket.CloseAsync(GatewayCloseCodes.Reconnecting, "closed").ConfigureAwait(false);
                    return state.Zombie
                        ? ConnectionEnd.Resume("zombie connection: no heartbeat ACK since the last beat", GatewayCloseCodes.Reconnecting)
                        : ConnectionEnd.FromClose(message.CloseCode);
                }
                var payload = GatewayPayload.Parse(message.Utf8);
                if (payload is null)
                {
                    logger.LogWarning("Discord gateway sent an unreadable message of {Bytes} bytes; ignored", message.Utf8!.Length);
                    continue;
                }
                switch (payload.Op)
                {
                    case GatewayPayload.Hello:
                        await helloTimer.DisposeAsync().ConfigureAwait(false);
                        var interval = TimeSpan.FromMilliseconds(payload.Data.ValueKind == JsonValueKind.Object && payload.Data.TryGetProperty("heartbeat_interval", out var hi)
                            && hi.ValueKind == JsonValueKind.Number && hi.TryGetDouble(out var ms) && ms > 0 ? ms : 41_250);
                        heartbeat = HeartbeatAsync(socket, sends, interval, state, connection.Token);
                        if (resume)
                            await SendAsync(socket, sends, GatewayPayload.ResumeJson(options.Token, Session.SessionId!, Session.Sequence), connection.Token).ConfigureAwait(false);
                        else
                            await IdentifyAsync(socket, sends, connection.Token).ConfigureAwait(false);
                        break;
                    case GatewayPayload.HeartbeatAck:
                        state.Acked = true;
                        break;
                    case GatewayPayload.Heartbeat:
                        await SendAsync(socket, sends, GatewayPayload.HeartbeatJson(Session.Sequence), connection.Token).ConfigureAwait(false);
                        break;
                    case GatewayPayload.Reconnect:
                        await socket.CloseAsync(GatewayCloseCodes.Reconnecting, "reconnect requested").ConfigureAwait(false);
                        return ConnectionEnd.Resume("op 7 reconnect requested");
                    case GatewayPayload.InvalidSession:
                        var resumable = payload.Data.ValueKind == JsonValueKind.True;
                        await socket.CloseAsync(GatewayCloseCodes.Reconnecting, "invalid session").ConfigureAwait(false);
                        return resumable ? ConnectionEnd.Resume("op 9 invalid session (resumable)") : ConnectionEnd.NewSession("op 9 invalid session");
                    case GatewayPayload.Dispatch:
                        OnDispatch(payload, state);
                        break;
                }
            }
        }
        finally
        {
            await connection.CancelAsync().ConfigureAwait(false);
            try
            {
                await heartbeat.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
            {
                // The heartbeat loop ends with its connection.
            }
        }
    }

    private void OnDispatch(GatewayPayload payload, ConnectionState state)
    {
        if (payload.Sequence is { } s)
            Session.Observe(s);
        if (payload.Type == "READY")
        {
            var data = payload.Data;
            var sessionId = data.String("session_id");
            var resumeUrl = data.String("resume_gateway_url");
            var appId = data.Child("application")?.String("id");
            if (sessionId is not null)
                Session.Start(sessionId, resumeUrl, appId);
            state.Ready = true;
            logger.LogInformation("Discord gateway READY: application {ApplicationId}", appId);
        }
        else if (payload.Type == "RESUMED")
        {
            state.Ready = true;
            logger.LogInformation("Discord gateway RESUMED at sequence {Sequence}", Session.Sequence);
        }
        if (payload.Type is not null)
        {
            try
            {
                handler.OnDispatch(payload.Type, payload.Data);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Discord dispatch {EventType} handler failed", payload.Type);
            }
        }
    }

    /// <summary>IDENTIFY at most once per MinIdentifyInterval (max_concurrency 1 allows one per 5 s).</summary>
    private async Task IdentifyAsync(GatewaySocket socket, SlidingWindowLimit sends, CancellationToken ct)
    {
        var wait = lastIdentify + options.MinIdentifyInterval - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, time, ct).ConfigureAwait(false);
        lastIdentify = time.GetUtcNow();
        await SendAsync(socket, sends, GatewayPayload.IdentifyJson(options.Token, Intents), ct).ConfigureAwait(false);
    }

    private async Task HeartbeatAsync(GatewaySocket socket, SlidingWindowLimit sends, TimeSpan interval, ConnectionState state, CancellationToken ct)
    {
        await Task.Delay(interval * Random.Shared.NextDouble(), time, ct).ConfigureAwait(false);
        while (!ct.IsCancellationRequested)
        {
            if (!state.Acked)
            {
                state.Zombie = true;
                logger.LogWarning("Discord gateway missed a heartbeat ACK; closing the zombie connection to resume");
                await socket.CloseAsync(GatewayCloseCodes.Reconnecting, "zombie").ConfigureAwait(false);
                return;
            }
            state.Acked = false;
            await SendAsync(socket, sends, GatewayPayload.HeartbeatJson(Session.Sequence), ct).ConfigureAwait(false);
            await Task.Delay(interval, time, ct).ConfigureAwait(false);
        }
    }

    private static async Task SendAsync(GatewaySocket socket, SlidingWindowLimit sends, string json, CancellationToken ct)
    {
        await sends.WaitAsync(ct).ConfigureAwait(false);
        await socket.SendAsync(json, ct).ConfigureAwait(false);
    }

    private static void CancelQuietly(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The connection already ended.
        }
    }

    private static Uri GatewayUri(string url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        return builder.Uri;
    }

    private static string SafeHost(string url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.Host : "?";

    private sealed class ConnectionState
    {
        private volatile bool acked = true;
        private volatile bool zombie;

        public bool Acked { get => acked; set => acked = value; }
        public bool Zombie { get => zombie; set => zombie = value; }
        public bool Ready { get; set; }
    }
}
