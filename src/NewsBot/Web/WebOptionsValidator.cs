using Microsoft.Extensions.Options;

namespace NewsBot.Web;

/// <summary>Checks <see cref="WebOptions"/> at start-up and names the offending key in every message.</summary>
internal sealed class WebOptionsValidator : IValidateOptions<WebOptions>
{
    private const string P = WebOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, WebOptions o)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(o.UserAgent) || !o.UserAgent.Contains("NewsBot", StringComparison.OrdinalIgnoreCase))
            errors.Add($"{P}UserAgent must name NewsBot so site owners can tell who is fetching (was '{o.UserAgent}').");
        else if (o.UserAgent.Any(char.IsControl))
            errors.Add($"{P}UserAgent must not contain control characters such as line breaks.");
        Range(errors, nameof(o.MaxConcurrentPerHost), o.MaxConcurrentPerHost, 1, 64);
        Range(errors, nameof(o.MaxConcurrent), o.MaxConcurrent, 1, 4096);
        Range(errors, nameof(o.ConnectTimeoutSeconds), o.ConnectTimeoutSeconds, 1, 300);
        Range(errors, nameof(o.TotalTimeoutSeconds), o.TotalTimeoutSeconds, 1, 3600);
        Range(errors, nameof(o.MaxBodyBytes), o.MaxBodyBytes, 1024, Array.MaxLength);
        Range(errors, nameof(o.MaxCacheLifetimeMinutes), o.MaxCacheLifetimeMinutes, 0, 7 * 24 * 60);
        if (o.ConnectTimeoutSeconds > o.TotalTimeoutSeconds)
            errors.Add($"{P}ConnectTimeoutSeconds ({o.ConnectTimeoutSeconds}) must not exceed {P}TotalTimeoutSeconds ({o.TotalTimeoutSeconds}).");
        foreach (var host in o.AllowedHosts)
        {
            if (string.IsNullOrWhiteSpace(host) || host.Contains("://", StringComparison.Ordinal)
                || host.Contains('/') || host.Any(char.IsWhiteSpace))
                errors.Add($"{P}AllowedHosts entries must be bare host names or IP literals, like 'feeds.intranet' (was '{host}').");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Range(List<string> errors, string key, long value, long min, long max)
    {
        if (value < min || value > max)
            errors.Add($"{P}{key} must be between {min} and {max} (was {value}).");
    }
}
