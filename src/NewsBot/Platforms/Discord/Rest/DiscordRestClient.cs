using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Platforms.Discord.RateLimits;

namespace NewsBot.Platforms.Discord.Rest;

/// <summary>
/// Discord REST over HttpClient: v10 paths, bot token, User-Agent, JSON. Waits for the route's bucket and the
/// client-side global limit before each request, honours 429 retry_after (bucket or global), stops for good after
/// a 401, and refuses to send while too many invalid requests (401/403/429) piled up in 10 minutes.
/// </summary>
internal sealed class DiscordRestClient
{
    public const string UserAgent = "DiscordBot (https://github.com/newsbot/newsbot, 1.0)";
    private const int Max429Retries = 3;
    private static readonly TimeSpan MaxRetryWait = TimeSpan.FromSeconds(15);

    private readonly HttpClient http;
    private readonly string baseUrl;
    private readonly string token;
    private readonly TimeProvider time;
    private readonly ILogger<DiscordRestClient> logger;
    private readonly RateLimitRegistry buckets;
    private readonly SlidingWindowLimit global;
    private readonly InvalidRequestGuard invalid;
    private int tokenRejected;

    public DiscordRestClient(HttpClient http, DiscordOptions options, TimeProvider time, ILogger<DiscordRestClient> logger)
    {
        this.http = http;
        baseUrl = options.ApiBaseUrl.TrimEnd('/');
        token = options.Token;
        this.time = time;
        this.logger = logger;
        buckets = new RateLimitRegistry(time);
        global = new SlidingWindowLimit(options.GlobalRequestsPerSecond, TimeSpan.FromSeconds(1), time);
        invalid = new InvalidRequestGuard(time);
    }

    /// <summary>Requests answered 429 so far (should stay 0).</summary>
    public int RateLimitedCount => invalid.RateLimited;

    public bool TokenRejected => Volatile.Read(ref tokenRejected) == 1;

    public async Task<DiscordRestResult> SendAsync(DiscordRoute route, object? body, CancellationToken ct)
    {
        var json = body is null ? null : JsonSerializer.Serialize(body, DiscordJson.Options);
        for (var attempt = 0; ; attempt++)
        {
            var result = await SendOnceAsync(route, json, ct).ConfigureAwait(false);
            if (result.Failure != DiscordFailure.RateLimited || attempt >= Max429Retries
                || result.RetryAfter is not { } wait || wait > MaxRetryWait)
                return result;
            logger.LogDebug("Discord {Route} rate limited, retrying after {RetryAfterMs} ms", route.Template, wait.TotalMilliseconds);
        }
    }

    private async Task<DiscordRestResult> SendOnceAsync(DiscordRoute route, string? json, CancellationToken ct)
    {
        if (TokenRejected)
            return new DiscordRestResult(401, DiscordFailure.Unauthorized, Message: "the bot token was rejected earlier; not sending");
        if (invalid.Blocked(out var blockedFor))
            return new DiscordRestResult(429, DiscordFailure.RateLimited, Message: "too many invalid requests recently; holding back") { RetryAfter = blockedFor };

        using var lease = await EnterBucketAsync(route, ct).ConfigureAwait(false);
        using var slot = route.Interaction ? null : await global.AcquireAsync(ct).ConfigureAwait(false);
        using var request = Build(route, json);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Discord {Method} {Route} failed on the network", route.Method.Method, route.Template);
            return new DiscordRestResult(0, DiscordFailure.Transient, Message: ex.Message);
        }
        using (response)
        {
            var headers = RateLimitHeaders.Read(response.Headers);
            buckets.Learn(route, headers);
            var result = await ReadAsync(response, ct).ConfigureAwait(false);
            if (result.Status is 401 or 403 or 429)
                invalid.Record(result.Status, headers.Scope);
            if (result.Status == 429)
                return OnRateLimited(route, headers, result);
            if (result.Failure == DiscordFailure.Unauthorized && Interlocked.Exchange(ref tokenRejected, 1) == 0)
                logger.LogCritical("Discord rejected the bot token (401 on {Route}); no further Discord requests will be sent. Check Discord__Token.", route.Template);
            return result;
        }
    }

    /// <summary>
    /// Enters the route's bucket; when Discord named the bucket while this request waited in the provisional one,
    /// moves over so requests of one bucket are never counted in two places.
    /// </summary>
    private async Task<IDisposable> EnterBucketAsync(DiscordRoute route, CancellationToken ct)
    {
        while (true)
        {
            var bucket = buckets.For(route);
            var lease = await bucket.EnterAsync(ct).ConfigureAwait(false);
            if (ReferenceEquals(bucket, buckets.For(route)))
                return lease;
            lease.Dispose();
        }
    }

    private DiscordRestResult OnRateLimited(DiscordRoute route, RateLimitHeaders headers, DiscordRestResult result)
    {
        var body = result.Body;
        var retryAfter = (body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("retry_after", out var ra)
                && ra.ValueKind == JsonValueKind.Number && ra.TryGetDouble(out var s) && s is >= 0 and < 86_400 ? TimeSpan.FromSeconds(s) : (TimeSpan?)null)
            ?? headers.RetryAfter ?? TimeSpan.FromSeconds(1);
        var isGlobal = headers.Global || (body is { } g && g.Bool("global") == true);
        if (isGlobal)
            global.Pause(retryAfter);
        else
            buckets.Exhaust(route, retryAfter);
        logger.LogWarning("Discord 429 on {Method} {Route} (scope {Scope}, global {Global}): retry after {RetryAfterMs} ms",
            route.Method.Method, route.Template, headers.Scope ?? "-", isGlobal, retryAfter.TotalMilliseconds);
        return result with { RetryAfter = retryAfter };
    }

    private HttpRequestMessage Build(DiscordRoute route, string? json)
    {
        var request = new HttpRequestMessage(route.Method, baseUrl + route.Path);
        if (!route.Interaction)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", token);
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return request;
    }

    private static async Task<DiscordRestResult> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        JsonElement? body = null;
        if (response.StatusCode != HttpStatusCode.NoContent)
        {
            var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            if (text.Length > 0)
            {
                try
                {
                    body = JsonDocument.Parse(text).RootElement.Clone();
                }
                catch (JsonException)
                {
                    body = null;
                }
            }
        }
        var code = body?.Int("code");
        var message = body?.String("message") ?? (status >= 400 ? response.ReasonPhrase : null);
        return new DiscordRestResult(status, DiscordRestResult.Classify(status, code), body, code, message);
    }
}
