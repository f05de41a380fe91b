using Microsoft.Extensions.Configuration;

namespace NewsBot.Hosting;

/// <summary>
/// Replaces the values of the configured secrets (platform tokens, webhook secret, database password) in any text.
/// Telegram puts its token in request URLs (bot&lt;token&gt;/method), so the URL-escaped form is replaced too.
/// </summary>
public sealed class SecretRedactor
{
    public const string Mask = "***";

    /// <summary>Configuration keys whose values are secrets.</summary>
    public static readonly string[] SecretKeys = ["Telegram:Token", "Discord:Token", "Telegram:WebhookSecret"];

    /// <summary>Shorter values are not treated as secrets (they would mask ordinary words).</summary>
    private const int MinLength = 6;

    private readonly string[] secrets;

    public SecretRedactor(IEnumerable<string?> values)
    {
        secrets = values
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => v!.Trim())
            .SelectMany(Forms)
            .Where(v => v.Length >= MinLength)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(v => v.Length)
            .ToArray();
    }

    public bool IsEmpty => secrets.Length == 0;

    public static SecretRedactor From(IConfiguration configuration)
    {
        var values = SecretKeys.Select(k => configuration[k]).ToList();
        values.Add(DatabasePassword(configuration["Storage:ConnectionString"]));
        return new SecretRedactor(values);
    }

    public string Redact(string text)
    {
        if (secrets.Length == 0 || string.IsNullOrEmpty(text))
            return text;
        foreach (var secret in secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }
        return text;
    }

    private static IEnumerable<string> Forms(string secret)
    {
        yield return secret;
        yield return Uri.EscapeDataString(secret);
        // A Telegram token is <bot id>:<secret>; the part after the colon is what must never show.
        var colon = secret.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < secret.Length - 1)
            yield return secret[(colon + 1)..];
    }

    private static string? DatabasePassword(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            return null;
        try
        {
            var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
            return builder.TryGetValue("Password", out var p) ? p?.ToString() : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
