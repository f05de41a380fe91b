using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Fakes.Discord;

/// <summary>
/// The fake gateway: HELLO, heartbeat ACKs (switchable off), IDENTIFY -> READY + GUILD_CREATEs, RESUME -> missed
/// events replayed then RESUMED (or op 9 false for an unknown session), and controls to dispatch events, send
/// op 7 / op 9, close with a code or drop the connection.
/// </summary>
public sealed class FakeDiscordGateway
{
    private readonly FakeDiscordServer server;
    private readonly FakeDiscordOptions options;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<string, FakeGatewaySession> sessions = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> interactions = new();
    private readonly Lock sync = new();
    private FakeGatewayConnection? current;
    private FakeGatewaySession? active;
    private int connections, identifies, resumes, heartbeats, resumedAcks;

    internal FakeDiscordGateway(FakeDiscordServer server, FakeDiscordOptions options, TimeProvider time)
    {
        this.server = server;
        this.options = options;
        this.time = time;
    }

    /// <summary>When false, heartbeats get no ACK (to make the client detect a zombie connection).</summary>
    public bool AckHeartbeats { get; set; } = true;

    public int Connections => connections;
    public int Identifies => identifies;
    public int Resumes => resumes;
    /// <summary>RESUMEs answered with RESUMED (the session was known and the seq valid).</summary>
    public int ResumedSessions => resumedAcks;
    public int Heartbeats => heartbeats;
    public ConcurrentQueue<int?> ClientCloseCodes { get; } = new();
    public ConcurrentQueue<int> IdentifyIntents { get; } = new();

    /// <summary>True while a client has a live, identified or resumed connection.</summary>
    public bool Live
    {
        get
        {
            lock (sync)
                return current is { Open: true, Session: not null };
        }
    }

    public string? SessionId
    {
        get
        {
            lock (sync)
                return active?.Id;
        }
    }

    /// <summary>Sends a dispatch in the current session (kept for replay when nobody is connected); returns its seq.</summary>
    public async Task<long> DispatchAsync(string type, JsonNode? data)
    {
        FakeGatewaySession session;
        FakeGatewayConnection? target;
        string json;
        lock (sync)
        {
            session = active ?? throw new InvalidOperationException("no gateway session: the client has not identified yet");
            json = session.Add(type, data);
            target = current?.Session == session ? current : null;
        }
        if (target is not null)
            await target.SendAsync(json);
        return session.Sequence;
    }

    /// <summary>Dispatches INTERACTION_CREATE and notes when, so answers can be timed against the 3 s deadline.</summary>
    public Task<long> DispatchInteractionAsync(JsonObject interaction)
    {
        var token = interaction["token"]?.GetValue<string>() ?? throw new ArgumentException("interaction needs a token");
        interactions[token] = time.GetUtcNow();
        return DispatchAsync("INTERACTION_CREATE", interaction);
    }

    internal DateTimeOffset? InteractionDispatchedAt(string token) => interactions.TryGetValue(token, out var at) ? at : null;

    public Task SendReconnectAsync() => SendToCurrentAsync("""{"op":7,"d":null}""");

    public Task SendInvalidSessionAsync(bool resumable) => SendToCurrentAsync($$"""{"op":9,"d":{{(resumable ? "true" : "false")}}}""");

    /// <summary>Closes the current connection with <paramref name="code"/> (e.g. 4004, 4009).</summary>
    public Task CloseAsync(int code) => Current()?.CloseAsync(code, "closed by the fake") ?? Task.CompletedTask;

    /// <summary>Drops the TCP connection without a close frame (a network failure).</summary>
    public void Drop() => Current()?.Abort();

    internal async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, options.MaxFrameBytes);
        lock (sync)
            current = connection;
        Interlocked.Increment(ref connections);
        await connection.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = options.HeartbeatIntervalMs } }.ToJsonString());
        try
        {
            while (await connection.ReceiveAsync(context.RequestAborted) is { } text)
                await OnMessageAsync(connection, text);
            ClientCloseCodes.Enqueue(connection.CloseCode);
            await connection.CloseAsync(connection.CloseCode ?? 1000, "bye");
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            ClientCloseCodes.Enqueue(null);
        }
        finally
        {
            lock (sync)
            {
                if (current == connection)
                    current = null;
            }
        }
    }

    private async Task OnMessageAsync(FakeGatewayConnection connection, string text)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(text).RootElement;
        }
        catch (JsonException)
        {
            await connection.CloseAsync(4002, "decode error");
            return;
        }
        var op = root.TryGetProperty("op", out var o) && o.ValueKind == JsonValueKind.Number && o.TryGetInt32(out var v) ? v : -1;
        var d = root.TryGetProperty("d", out var data) ? data : default;
        switch (op)
        {
            case 1:
                Interlocked.Increment(ref heartbeats);
                if (AckHeartbeats)
                    await connection.SendAsync("""{"op":11}""");
                break;
            case 2:
                await IdentifyAsync(connection, d);
                break;
            case 6:
                await ResumeAsync(connection, d);
                break;
            default:
                await connection.CloseAsync(4001, "unknown opcode");
                break;
        }
    }

    private async Task IdentifyAsync(FakeGatewayConnection connection, JsonElement d)
    {
        Interlocked.Increment(ref identifies);
        if (d.ValueKind != JsonValueKind.Object || !d.TryGetProperty("token", out var token) || token.ValueKind != JsonValueKind.String || token.GetString() != options.Token)
        {
            await connection.CloseAsync(4004, "Authentication failed.");
            return;
        }
        IdentifyIntents.Enqueue(d.TryGetProperty("intents", out var i) && i.ValueKind == JsonValueKind.Number && i.TryGetInt32(out var n) ? n : -1);
        var session = new FakeGatewaySession(Guid.NewGuid().ToString("N"));
        sessions[session.Id] = session;
        lock (sync)
        {
            active = session;
            connection.Session = session;
        }
        await connection.SendAsync(session.Add("READY", new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = "900000000000000002", ["username"] = "newsbot", ["bot"] = true },
            ["guilds"] = new JsonArray(options.Guilds.Keys.Select(g => (JsonNode)new JsonObject { ["id"] = g, ["unavailable"] = true }).ToArray<JsonNode?>()),
            ["session_id"] = session.Id,
            ["resume_gateway_url"] = server.ResumeGatewayUrl,
            ["application"] = new JsonObject { ["id"] = options.ApplicationId, ["flags"] = 0 },
        }));
        foreach (var (guildId, channels) in options.Guilds)
        {
            await connection.SendAsync(session.Add("GUILD_CREATE", new JsonObject
            {
                ["id"] = guildId,
                ["channels"] = new JsonArray(channels.Select(c => (JsonNode)new JsonObject { ["id"] = c, ["type"] = 0, ["guild_id"] = guildId }).ToArray<JsonNode?>()),
                ["threads"] = new JsonArray(),
            }));
        }
    }

    private async Task ResumeAsync(FakeGatewayConnection connection, JsonElement d)
    {
        Interlocked.Increment(ref resumes);
        var sessionId = d.ValueKind == JsonValueKind.Object && d.TryGetProperty("session_id", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        long seq = d.ValueKind == JsonValueKind.Object && d.TryGetProperty("seq", out var q) && q.ValueKind == JsonValueKind.Number && q.TryGetInt64(out var n) ? n : 0;
        var ok = d.ValueKind == JsonValueKind.Object && d.TryGetProperty("token", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == options.Token;
        if (!ok)
        {
            await connection.CloseAsync(4004, "Authentication failed.");
            return;
        }
        if (sessionId is null || !sessions.TryGetValue(sessionId, out var session) || seq > session.Sequence)
        {
            await connection.SendAsync("""{"op":9,"d":false}""");
            return;
        }
        lock (sync)
            connection.Session = session;
        foreach (var missed in session.After(seq))
            await connection.SendAsync(missed);
        Interlocked.Increment(ref resumedAcks);
        await connection.SendAsync(session.Add("RESUMED", new JsonObject()));
    }

    private FakeGatewayConnection? Current()
    {
        lock (sync)
            return current;
    }

    private Task SendToCurrentAsync(string json) => Current()?.SendAsync(json) ?? Task.CompletedTask;
}
