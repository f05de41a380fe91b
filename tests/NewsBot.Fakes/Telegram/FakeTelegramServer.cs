using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NewsBot.Fakes.Telegram;

/// <summary>
/// A Bot API server on 127.0.0.1 (port 0) at the real paths /bot&lt;token&gt;/&lt;method&gt;, speaking snake_case JSON with
/// the real error shapes. It enforces the flood limits (429 + retry_after), rejects HTML Telegram would reject,
/// and lets tests script chats, admins, blocked/kicked chats, group migration, outages and incoming updates.
/// Every accepted message and every error answer is recorded.
/// </summary>
public sealed partial class FakeTelegramServer : IAsyncDisposable
{
    public const long BotId = 123456;
    private WebApplication? _app;
    private readonly object _gate = new();
    private readonly Dictionary<long, FakeTelegramChat> _chats = [];
    private readonly List<FakeSentMessage> _messages = [];
    private readonly List<FakeSentMessage> _edits = [];
    private readonly List<FakeRejection> _rejections = [];
    private readonly Dictionary<long, Queue<int>> _forced429 = [];
    private (FakeOutageKind Kind, DateTimeOffset Until)? _outage;
    private (int Messages, FakeOutageKind Kind)? _outageAfter;

    private FakeTelegramServer(string token, string botUsername, TimeProvider time)
    {
        Token = token;
        BotUsername = botUsername;
        Time = time;
        Updates = new FakeTelegramUpdates(time);
    }

    public string Token { get; }
    public string BotUsername { get; }
    public TimeProvider Time { get; }
    public FakeTelegramLimits Limits { get; } = new();
    public FakeTelegramUpdates Updates { get; }
    /// <summary>Longest a getUpdates call is held when the queue is empty (the client's timeout caps it too).</summary>
    public TimeSpan MaxPollHold { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>"http://127.0.0.1:port": pass as the client's base URL.</summary>
    public string BaseUrl { get; private set; } = "";
    public ConcurrentDictionary<string, JsonArray> CommandsByScope { get; } = new();
    public ConcurrentQueue<string> MethodCalls { get; } = new();
    public string? WebhookUrl { get; private set; }
    public string? WebhookSecret { get; private set; }

    public static async Task<FakeTelegramServer> StartAsync(string token = "123456:TEST-token", string botUsername = "news_test_bot", TimeProvider? time = null)
    {
        var server = new FakeTelegramServer(token, botUsername, time ?? TimeProvider.System);
        await server.ListenAsync(0);
        server.BaseUrl = server._app!.Urls.First().TrimEnd('/');
        return server;
    }

    /// <summary>Stops listening: connections are refused (like a server that is down) until <see cref="AcceptConnectionsAsync"/>.</summary>
    public async Task RefuseConnectionsAsync()
    {
        var app = Interlocked.Exchange(ref _app, null);
        if (app is null)
            return;
        using (var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
            await app.StopAsync(stopping.Token);
        await app.DisposeAsync();
    }

    /// <summary>Listens again on the same port after <see cref="RefuseConnectionsAsync"/>.</summary>
    public async Task AcceptConnectionsAsync()
    {
        if (_app is null)
            await ListenAsync(new Uri(BaseUrl).Port);
    }

    private async Task ListenAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync();
        _app = app;
    }

    public FakeTelegramChat AddChat(FakeTelegramChat chat)
    {
        lock (_gate)
            _chats[chat.Id] = chat;
        return chat;
    }

    public FakeTelegramChat Chat(long id)
    {
        lock (_gate)
            return _chats[id];
    }

    /// <summary>Upgrades a group: the old id answers with migrate_to_chat_id, the new supergroup takes its admins.</summary>
    public FakeTelegramChat MigrateToSupergroup(long groupId, long supergroupId)
    {
        lock (_gate)
        {
            var old = _chats[groupId];
            old.MigratedTo = supergroupId;
            var created = FakeTelegramChat.Supergroup(supergroupId, [.. old.Admins]);
            created.CreatorId = old.CreatorId;
            _chats[supergroupId] = created;
            return created;
        }
    }

    /// <summary>The next sends to this chat answer 429 with these retry_after values, whatever the limits say.</summary>
    public void ForceTooManyRequests(long chatId, params int[] retryAfterSeconds)
    {
        lock (_gate)
        {
            if (!_forced429.TryGetValue(chatId, out var queue))
                _forced429[chatId] = queue = new Queue<int>();
            foreach (var seconds in retryAfterSeconds)
                queue.Enqueue(seconds);
        }
    }

    /// <summary>Every call fails (502 answers or dropped connections) until <see cref="EndOutage"/> or the duration ends.</summary>
    public void StartOutage(FakeOutageKind kind, TimeSpan? duration = null)
    {
        lock (_gate)
            _outage = (kind, duration is { } d ? Time.GetUtcNow() + d : DateTimeOffset.MaxValue);
    }

    public void EndOutage()
    {
        lock (_gate)
        {
            _outage = null;
            _outageAfter = null;
        }
    }

    /// <summary>An outage (until <see cref="EndOutage"/>) that begins once this many messages in all were accepted.</summary>
    public void StartOutageAfter(int acceptedMessages, FakeOutageKind kind)
    {
        lock (_gate)
            _outageAfter = (acceptedMessages, kind);
    }

    public IReadOnlyList<FakeSentMessage> Messages
    {
        get { lock (_gate) return _messages.ToList(); }
    }

    public IReadOnlyList<FakeSentMessage> Edits
    {
        get { lock (_gate) return _edits.ToList(); }
    }

    public IReadOnlyList<FakeRejection> Rejections
    {
        get { lock (_gate) return _rejections.ToList(); }
    }

    public IReadOnlyList<FakeRejection> TooManyRequests => Rejections.Where(r => r.ErrorCode == 429).ToList();

    public IReadOnlyList<FakeSentMessage> MessagesTo(long chatId) => Messages.Where(m => m.ChatId == chatId).ToList();

    /// <summary>Waits (bounded) until at least <paramref name="count"/> messages were accepted; returns them.</summary>
    public async Task<IReadOnlyList<FakeSentMessage>> WaitForMessagesAsync(int count, TimeSpan within)
    {
        var deadline = Time.GetUtcNow() + within;
        while (Messages.Count < count && Time.GetUtcNow() < deadline)
            await Task.Delay(TimeSpan.FromMilliseconds(20), Time);
        return Messages;
    }

    public async ValueTask DisposeAsync() => await RefuseConnectionsAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var segments = context.Request.Path.Value?.Trim('/').Split('/') ?? [];
        if (segments.Length != 2 || !segments[0].StartsWith("bot", StringComparison.Ordinal))
        {
            await WriteAsync(context, Error("?", null, 404, "Not Found"));
            return;
        }
        var method = segments[1];
        MethodCalls.Enqueue(method);
        if (OutageNow() is { } outage)
        {
            if (outage == FakeOutageKind.DropConnection)
            {
                context.Abort();
                return;
            }
            await WriteAsync(context, Error(method, null, 502, "Bad Gateway"));
            return;
        }
        if (segments[0][3..] != Token)
        {
            await WriteAsync(context, Error(method, null, 401, "Unauthorized"));
            return;
        }
        JsonObject args;
        try
        {
            args = await ReadArgsAsync(context);
        }
        catch (JsonException)
        {
            await WriteAsync(context, Error(method, null, 400, "Bad Request: can't parse JSON object"));
            return;
        }
        var reply = await CallAsync(method, args, context.RequestAborted);
        await WriteAsync(context, reply);
    }

    private FakeOutageKind? OutageNow()
    {
        lock (_gate)
        {
            if (_outage is not { } o)
                return null;
            if (Time.GetUtcNow() < o.Until)
                return o.Kind;
            _outage = null;
            return null;
        }
    }

    private static async Task<JsonObject> ReadArgsAsync(HttpContext context)
    {
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync();
            var fromForm = new JsonObject();
            foreach (var (key, value) in form)
                fromForm[key] = value.ToString();
            return fromForm;
        }
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        return string.IsNullOrWhiteSpace(body) ? [] : JsonNode.Parse(body) as JsonObject ?? [];
    }

    private static async Task WriteAsync(HttpContext context, (int Status, JsonObject Body) reply)
    {
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Body.ToJsonString());
    }
}
