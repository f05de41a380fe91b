using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Abstractions;

namespace NewsBot.Web;

/// <summary>
/// The one polite HTTP GET for feeds and article pages: conditional requests, redirects followed by hand,
/// time-outs, a decompressed-size cap, per-host and global limits, shared in-flight fetches, and the SSRF
/// guard in <see cref="GuardedConnector"/>. Never throws for network or server trouble; only the caller's
/// cancellation escapes.
/// </summary>
public sealed partial class HttpWebFetcher : IWebFetcher
{
    public const string ClientName = "newsbot-web";

    private readonly IHttpClientFactory _clients;
    private readonly WebOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<HttpWebFetcher> _logger;
    private readonly HostGates _gates;
    private readonly SharedFetches _shared = new();

    public HttpWebFetcher(IHttpClientFactory clients, IOptions<WebOptions> options, TimeProvider time, ILogger<HttpWebFetcher> logger)
    {
        _clients = clients;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _gates = new HostGates(_options.MaxConcurrentPerHost, _options.MaxConcurrent);
    }

    public Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (SchemeProblem(request.Url) is { } problem)
        {
            LogRefused(request.Url.ToString(), problem);
            return Task.FromResult(new FetchResult { Status = FetchStatus.Refused, Error = problem });
        }
        var key = $"{request.Url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped)}\n{request.ETag}\n{request.LastModified}";
        return _shared.RunAsync(key, token => FetchOnceAsync(request, token), ct);
    }

    private async Task<FetchResult> FetchOnceAsync(FetchRequest request, CancellationToken ct)
    {
        var started = _time.GetTimestamp();
        var chain = new RedirectChain(request.Url);
        using var deadline = new FetchDeadline(_options.TotalTimeout, _time, ct);
        FetchResult result;
        try
        {
            result = await FollowAsync(request, chain, deadline);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            var error = deadline.Expired
                ? $"Timed out after {_options.TotalTimeoutSeconds} s (Web:TotalTimeoutSeconds)."
                : $"Could not connect within {_options.ConnectTimeoutSeconds} s (Web:ConnectTimeoutSeconds).";
            result = Failed(chain, FetchStatus.Timeout, error);
        }
        catch (HttpRequestException ex) when (Find<FetchRefusedException>(ex) is { } refused)
        {
            result = Failed(chain, FetchStatus.Refused, refused.Message);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidDataException)
        {
            LogNetworkError(ex, chain.Current.ToString());
            result = Failed(chain, FetchStatus.NetworkError, Describe(ex));
        }
        var elapsedMs = (long)_time.GetElapsedTime(started).TotalMilliseconds;
        var level = result.Status switch
        {
            FetchStatus.Ok or FetchStatus.NotModified => LogLevel.Debug,
            FetchStatus.Refused => LogLevel.Warning,
            _ => LogLevel.Information,
        };
        LogFetched(level, request.Purpose, request.Url.ToString(), result.Status, result.HttpStatus, elapsedMs, chain.Redirects, result.Body.Length, result.Error);
        return result;
    }

    private async Task<FetchResult> FollowAsync(FetchRequest request, RedirectChain chain, FetchDeadline deadline)
    {
        var client = _clients.CreateClient(ClientName);
        while (true)
        {
            using var lease = await _gates.EnterAsync(chain.Current.IdnHost, deadline.Token);
            var ct = deadline.Start();
            using var message = BuildRequest(chain.Current, request);
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = (int)response.StatusCode;
            if (!RedirectChain.IsRedirect(status))
                return await CompleteAsync(request, chain, response, ct);
            if (response.Headers.Location is not { } location)
                return Failed(chain, FetchStatus.HttpError, $"HTTP {status} redirect without a Location header.", status);
            if (!Uri.TryCreate(chain.Current, location, out var next))
                return Failed(chain, FetchStatus.HttpError, $"HTTP {status} redirect to an unusable Location '{location}'.", status);
            if (SchemeProblem(next) is { } schemeProblem)
                return Failed(chain, FetchStatus.Refused, $"Redirect from {chain.Current} refused: {schemeProblem}", status);
            if (chain.Follow(next, status) is { } chainProblem)
                return Failed(chain, FetchStatus.HttpError, chainProblem, status);
        }
    }

    private static HttpRequestMessage BuildRequest(Uri url, FetchRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        if (!string.IsNullOrWhiteSpace(request.ETag))
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        if (!string.IsNullOrWhiteSpace(request.LastModified))
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        return message;
    }

    private async Task<FetchResult> CompleteAsync(FetchRequest request, RedirectChain chain, HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var now = _time.GetUtcNow();
        var result = new FetchResult
        {
            Status = FetchStatus.HttpError,
            HttpStatus = status,
            FinalUrl = chain.Current,
            PermanentUrl = chain.PermanentUrl,
            ContentType = response.Content.Headers.ContentType?.ToString(),
            ETag = FreshnessRules.ETag(response),
            LastModified = FreshnessRules.LastModified(response),
            CacheLifetime = FreshnessRules.CacheLifetime(response, now, _options.MaxCacheLifetime),
        };
        if (status == 304)
        {
            return result with
            {
                Status = FetchStatus.NotModified,
                ETag = result.ETag ?? request.ETag,
                LastModified = result.LastModified ?? request.LastModified,
            };
        }
        if (status is < 200 or > 299)
        {
            return result with
            {
                RetryAfter = status is 429 or 503 ? FreshnessRules.RetryAfter(response, now) : null,
                Error = $"HTTP {status} {response.ReasonPhrase}".TrimEnd(),
            };
        }
        var body = await BodyReader.ReadCappedAsync(response.Content, _options.MaxBodyBytes, ct);
        if (body is null)
            return result with { Status = FetchStatus.TooLarge, Error = $"Body is larger than {_options.MaxBodyBytes} bytes (Web:MaxBodyBytes)." };
        return result with { Status = FetchStatus.Ok, Body = body };
    }

    private static FetchResult Failed(RedirectChain chain, FetchStatus status, string error, int httpStatus = 0) => new()
    {
        Status = status,
        HttpStatus = httpStatus,
        FinalUrl = chain.Current,
        PermanentUrl = chain.PermanentUrl,
        Error = error,
    };

    private static string? SchemeProblem(Uri url)
    {
        if (!url.IsAbsoluteUri)
            return $"'{url}' is not an absolute URL.";
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            return $"Only http and https URLs are fetched; '{url.Scheme}:' is refused.";
        return null;
    }

    private static T? Find<T>(Exception ex) where T : Exception
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is T match)
                return match;
        }
        return null;
    }

    private static string Describe(Exception ex) => Find<SocketException>(ex) is { } socket
        ? $"{ex.Message} ({socket.SocketErrorCode}: {socket.Message})"
        : ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message;

    [LoggerMessage(EventId = 1,
        Message = "Fetched {Purpose} {Url}: {Status} (HTTP {HttpStatus}) in {ElapsedMs} ms after {Redirects} redirects, {Bytes} bytes {Error}")]
    private partial void LogFetched(LogLevel level, string purpose, string url, FetchStatus status, int httpStatus, long elapsedMs, int redirects, int bytes, string? error);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Refused to fetch {Url}: {Error}")]
    private partial void LogRefused(string url, string error);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Network error fetching {Url}")]
    private partial void LogNetworkError(Exception exception, string url);
}
