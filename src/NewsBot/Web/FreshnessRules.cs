using System.Net.Http.Headers;

namespace NewsBot.Web;

/// <summary>Reads Retry-After, Cache-Control/Expires and validators off a response, with the clock injected.</summary>
internal static class FreshnessRules
{
    /// <summary>Retry-After as a delay from now (seconds or an HTTP date); only meaningful on 429/503.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
            return date > now ? date - now : TimeSpan.Zero;
        return null;
    }

    /// <summary>
    /// How long the response stays fresh: no-store/no-cache give zero, then max-age, then Expires minus the
    /// server's Date (or now when it sent none); capped at <paramref name="max"/>. Null when the server said nothing.
    /// </summary>
    public static TimeSpan? CacheLifetime(HttpResponseMessage response, DateTimeOffset now, TimeSpan max)
    {
        var cacheControl = response.Headers.CacheControl;
        TimeSpan? lifetime = null;
        if (cacheControl is { NoStore: true } or { NoCache: true })
            lifetime = TimeSpan.Zero;
        else if (cacheControl?.MaxAge is { } maxAge)
            lifetime = maxAge;
        else if (response.Content.Headers.Expires is { } expires)
            lifetime = expires - (response.Headers.Date ?? now);
        else if (response.Content.Headers.Contains("Expires"))
            lifetime = TimeSpan.Zero; // an unparseable Expires (often "0" or "-1") means already expired
        if (lifetime is null)
            return null;
        if (lifetime < TimeSpan.Zero)
            return TimeSpan.Zero;
        return lifetime > max ? max : lifetime;
    }

    public static string? ETag(HttpResponseMessage response) => First(response.Headers, "ETag");

    public static string? LastModified(HttpResponseMessage response) => First(response.Content.Headers, "Last-Modified");

    private static string? First(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
