using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace NewsBot.Fakes.Discord;

/// <summary>
/// The fake's REST API under /api/v10: gateway/bot, message create/edit (rate-limited per channel, nonce dedupe),
/// command bulk overwrite, interaction callbacks and webhook edits/follow-ups (recorded with their delay).
/// </summary>
internal sealed class FakeDiscordRest(FakeDiscordServer server, FakeDiscordOptions options, FakeRateLimiter limiter, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, FakeMessage> byNonce = new();
    private long nextId = 1_100_000_000_000_000_000;

    /// <summary>Channels answering 404 Unknown Channel (10003).</summary>
    public ConcurrentDictionary<string, byte> GoneChannels { get; } = new();

    /// <summary>Channels answering 403 Missing Permissions (50013).</summary>
    public ConcurrentDictionary<string, byte> ForbiddenChannels { get; } = new();

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v10");
        api.MapGet("/gateway/bot", ctx => Authed(ctx, "gateway", "", 5, TimeSpan.FromSeconds(5), true, () =>
            Json(ctx, 200, new JsonObject
            {
                ["url"] = server.GatewayUrl,
                ["shards"] = 1,
                ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 14_400_000, ["max_concurrency"] = 1 },
            })));
        api.MapPost("/channels/{channel}/messages", ctx => Authed(ctx, "messages", Route(ctx, "channel"), options.MessageLimit, options.MessageWindow, true,
            () => CreateMessageAsync(ctx, Route(ctx, "channel"))));
        api.MapPatch("/channels/{channel}/messages/{message}", ctx => Authed(ctx, "messages", Route(ctx, "channel"), options.MessageLimit, options.MessageWindow, true,
            () => EditMessageAsync(ctx, Route(ctx, "channel"), Route(ctx, "message"))));
        api.MapPut("/applications/{app}/commands", ctx => Authed(ctx, "commands", "", 5, TimeSpan.FromSeconds(20), true, () => RegisterAsync(ctx)));
        api.MapPut("/applications/{app}/guilds/{guild}/commands", ctx => Authed(ctx, "guild-commands", Route(ctx, "guild"), 5, TimeSpan.FromSeconds(20), true, () => RegisterAsync(ctx)));
        api.MapPost("/interactions/{id}/{token}/callback", ctx => Limited(ctx, "callback", Route(ctx, "id"), 5, TimeSpan.FromSeconds(1), false,
            () => AnswerAsync(ctx, "callback", Route(ctx, "id"), Route(ctx, "token"))));
        api.MapPatch("/webhooks/{app}/{token}/messages/@original", ctx => Limited(ctx, "webhook", Route(ctx, "app") + "/" + Route(ctx, "token"), options.WebhookLimit, options.WebhookWindow, false,
            () => AnswerAsync(ctx, "edit-original", null, Route(ctx, "token"))));
        api.MapPost("/webhooks/{app}/{token}", ctx => Limited(ctx, "webhook", Route(ctx, "app") + "/" + Route(ctx, "token"), options.WebhookLimit, options.WebhookWindow, false,
            () => AnswerAsync(ctx, "follow-up", null, Route(ctx, "token"))));
    }

    private Task Authed(HttpContext ctx, string bucket, string major, int limit, TimeSpan window, bool global, Func<Task> next)
    {
        if (ctx.Request.Headers.Authorization.ToString() != "Bot " + options.Token)
        {
            server.Records.UnauthorizedPaths.Enqueue(ctx.Request.Path);
            return Json(ctx, 401, Error(0, "401: Unauthorized"));
        }
        return Limited(ctx, bucket, major, limit, window, global, next);
    }

    private Task Limited(HttpContext ctx, string bucket, string major, int limit, TimeSpan window, bool global, Func<Task> next)
    {
        server.Records.CountRequest();
        if (!ctx.Request.Headers.UserAgent.ToString().StartsWith("DiscordBot (", StringComparison.Ordinal))
            return Json(ctx, 400, Error(0, "A 'User-Agent: DiscordBot (url, version)' header is required."));
        var decision = limiter.Check(bucket, major, limit, window, global);
        var h = ctx.Response.Headers;
        h["X-RateLimit-Bucket"] = bucket;
        h["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        h["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        h["X-RateLimit-Reset-After"] = (Math.Ceiling(decision.ResetAfter * 1000) / 1000).ToString("0.000", CultureInfo.InvariantCulture);
        h["X-RateLimit-Reset"] = (time.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0 + decision.ResetAfter).ToString("0.000", CultureInfo.InvariantCulture);
        if (decision.Allowed)
            return next();
        var scope = decision.Global ? "global" : "user";
        server.Records.RateLimitHits.Enqueue(new FakeRateLimitHit(ctx.Request.Method, ctx.Request.Path, scope, time.GetUtcNow()));
        h["X-RateLimit-Scope"] = scope;
        h["Retry-After"] = Math.Ceiling(decision.RetryAfter).ToString(CultureInfo.InvariantCulture);
        if (decision.Global)
            h["X-RateLimit-Global"] = "true";
        return Json(ctx, 429, new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = Math.Round(decision.RetryAfter, 3),
            ["global"] = decision.Global,
        });
    }

    private async Task CreateMessageAsync(HttpContext ctx, string channel)
    {
        if (await ChannelErrorAsync(ctx, channel))
            return;
        var body = await ReadAsync(ctx);
        if (body is null)
        {
            await Json(ctx, 400, Error(50109, "The request body contains invalid JSON."));
            return;
        }
        var nonce = body.Value.TryGetProperty("nonce", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var enforce = body.Value.TryGetProperty("enforce_nonce", out var e) && e.ValueKind == JsonValueKind.True;
        if (nonce is { Length: > 25 })
        {
            await Json(ctx, 400, Error(50035, "Invalid Form Body: nonce longer than 25"));
            return;
        }
        if (nonce is not null && enforce && byNonce.TryGetValue(nonce, out var existing))
        {
            server.Records.CountNonceDuplicate();
            await Json(ctx, 200, MessageJson(existing));
            return;
        }
        var message = new FakeMessage(channel, Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture), body.Value, nonce, time.GetUtcNow());
        if (nonce is not null && enforce && !byNonce.TryAdd(nonce, message))
        {
            server.Records.CountNonceDuplicate();
            await Json(ctx, 200, MessageJson(byNonce[nonce]));
            return;
        }
        server.Records.Messages.Enqueue(message);
        await Json(ctx, 200, MessageJson(message));
    }

    private async Task EditMessageAsync(HttpContext ctx, string channel, string messageId)
    {
        if (await ChannelErrorAsync(ctx, channel))
            return;
        var body = await ReadAsync(ctx);
        if (body is null)
        {
            await Json(ctx, 400, Error(50109, "The request body contains invalid JSON."));
            return;
        }
        var message = new FakeMessage(channel, messageId, body.Value, null, time.GetUtcNow());
        server.Records.Edits.Enqueue(message);
        await Json(ctx, 200, MessageJson(message));
    }

    private async Task RegisterAsync(HttpContext ctx)
    {
        var body = await ReadAsync(ctx);
        if (body is not { ValueKind: JsonValueKind.Array })
        {
            await Json(ctx, 400, Error(50035, "Invalid Form Body"));
            return;
        }
        server.Records.CommandRegistrations.Enqueue((ctx.Request.Path.ToString(), body.Value));
        await Json(ctx, 200, JsonNode.Parse(body.Value.GetRawText())!);
    }

    private async Task AnswerAsync(HttpContext ctx, string kind, string? interactionId, string token)
    {
        var body = await ReadAsync(ctx);
        var dispatched = server.Gateway.InteractionDispatchedAt(token);
        var elapsed = dispatched is { } at ? time.GetUtcNow() - at : (TimeSpan?)null;
        var late = kind == "callback" && (dispatched is null || elapsed > options.InteractionDeadline);
        var status = body is null ? 400 : late ? 404 : kind == "callback" ? 204 : 200;
        server.Records.Answers.Enqueue(new FakeInteractionAnswer(kind, token, body ?? default, elapsed, status));
        if (status == 204)
            ctx.Response.StatusCode = 204;
        else if (status == 404)
            await Json(ctx, 404, Error(10062, "Unknown interaction"));
        else if (status == 400)
            await Json(ctx, 400, Error(50109, "The request body contains invalid JSON."));
        else
            await Json(ctx, 200, new JsonObject { ["id"] = Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture), ["interaction"] = interactionId });
    }

    private async Task<bool> ChannelErrorAsync(HttpContext ctx, string channel)
    {
        if (GoneChannels.ContainsKey(channel))
        {
            await Json(ctx, 404, Error(10003, "Unknown Channel"));
            return true;
        }
        if (ForbiddenChannels.ContainsKey(channel))
        {
            await Json(ctx, 403, Error(50013, "Missing Permissions"));
            return true;
        }
        return false;
    }

    private static JsonObject MessageJson(FakeMessage m)
    {
        var json = JsonNode.Parse(m.Body.GetRawText()) as JsonObject ?? [];
        json["id"] = m.Id;
        json["channel_id"] = m.ChannelId;
        return json;
    }

    private static JsonObject Error(int code, string message) => new() { ["code"] = code, ["message"] = message };

    private static string Route(HttpContext ctx, string name) => ctx.Request.RouteValues[name]?.ToString() ?? "";

    private static async Task<JsonElement?> ReadAsync(HttpContext ctx)
    {
        if (ctx.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
            return null;
        try
        {
            using var doc = await JsonDocument.ParseAsync(ctx.Request.Body);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task Json(HttpContext ctx, int status, JsonNode body)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        await ctx.Response.WriteAsync(body.ToJsonString());
    }
}
