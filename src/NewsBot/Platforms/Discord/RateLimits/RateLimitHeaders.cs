using System.Globalization;
using System.Net.Http.Headers;

namespace NewsBot.Platforms.Discord.RateLimits;

/// <summary>The X-RateLimit-* headers of one reply (Reset-After is used, not Reset, so clock skew does not matter).</summary>
internal sealed record RateLimitHeaders(string? Bucket, int? Limit, int? Remaining, TimeSpan? ResetAfter, bool Global, string? Scope, TimeSpan? RetryAfter)
{
    public bool HasLimits => Limit is not null && Remaining is not null && ResetAfter is not null;

    public static RateLimitHeaders Read(HttpResponseHeaders headers) => new(
        Text(headers, "X-RateLimit-Bucket"),
        int.TryParse(Text(headers, "X-RateLimit-Limit"), CultureInfo.InvariantCulture, out var limit) ? limit : null,
        int.TryParse(Text(headers, "X-RateLimit-Remaining"), CultureInfo.InvariantCulture, out var remaining) ? remaining : null,
        Seconds(Text(headers, "X-RateLimit-Reset-After")),
        string.Equals(Text(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
        Text(headers, "X-RateLimit-Scope"),
        Seconds(Text(headers, "Retry-After")));

    public static TimeSpan? Seconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 && s < 86_400
            ? TimeSpan.FromSeconds(s)
            : null;

    private static string? Text(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
