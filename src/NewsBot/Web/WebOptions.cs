namespace NewsBot.Web;

/// <summary>Settings for the shared web fetcher (configuration section "Web").</summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";
    public const string DefaultUserAgent = "NewsBot/1.0 (+https://github.com/newsbot; feed reader)";

    /// <summary>Sent with every request; must name NewsBot so site owners know who is calling.</summary>
    public string UserAgent { get; set; } = DefaultUserAgent;

    /// <summary>Requests in flight to one host at a time.</summary>
    public int MaxConcurrentPerHost { get; set; } = 2;

    /// <summary>Requests in flight across all hosts.</summary>
    public int MaxConcurrent { get; set; } = 32;

    public int ConnectTimeoutSeconds { get; set; } = 10;

    /// <summary>Whole fetch, redirects and body included.</summary>
    public int TotalTimeoutSeconds { get; set; } = 30;

    /// <summary>Cap on the body after decompression.</summary>
    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Upper bound on the lifetime taken from Cache-Control max-age or Expires.</summary>
    public int MaxCacheLifetimeMinutes { get; set; } = 60;

    /// <summary>Lets the fetcher connect to loopback/private/link-local addresses (tests, trusted LANs).</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Host names (or IP literals) an admin trusts even when they resolve to private addresses.</summary>
    public List<string> AllowedHosts { get; set; } = [];

    internal TimeSpan ConnectTimeout => TimeSpan.FromSeconds(ConnectTimeoutSeconds);

    internal TimeSpan TotalTimeout => TimeSpan.FromSeconds(TotalTimeoutSeconds);

    internal TimeSpan MaxCacheLifetime => TimeSpan.FromMinutes(MaxCacheLifetimeMinutes);
}
