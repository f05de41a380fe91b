namespace NewsBot.Core.Abstractions;

/// <summary>One polite HTTP GET, shared by feeds and article pages.</summary>
public interface IWebFetcher
{
    Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct);
}

/// <param name="Url">Absolute http(s) URL.</param>
/// <param name="ETag">Validator from the last 200, for If-None-Match.</param>
/// <param name="LastModified">Validator from the last 200, for If-Modified-Since.</param>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null, string Purpose = "feed");

public enum FetchStatus { Ok, NotModified, HttpError, TooLarge, Timeout, NetworkError, Refused }

public sealed record FetchResult
{
    public required FetchStatus Status { get; init; }
    public byte[] Body { get; init; } = [];
    public string? ContentType { get; init; }
    public int HttpStatus { get; init; }
    /// <summary>Where the body actually came from after redirects.</summary>
    public Uri? FinalUrl { get; init; }
    /// <summary>Set when a permanent redirect (301/308) says the resource moved for good.</summary>
    public Uri? PermanentUrl { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    /// <summary>Retry-After on 429/503.</summary>
    public TimeSpan? RetryAfter { get; init; }
    /// <summary>Cache-Control max-age or Expires, as a lifetime from now.</summary>
    public TimeSpan? CacheLifetime { get; init; }
    public string? Error { get; init; }

    public bool IsSuccess => Status is FetchStatus.Ok or FetchStatus.NotModified;
}
