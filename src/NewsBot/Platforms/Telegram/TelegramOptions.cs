using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace NewsBot.Platforms.Telegram;

/// <summary>Section "Telegram". The token comes only from the environment variable Telegram__Token.</summary>
public sealed partial class TelegramOptions
{
    public const string Section = "Telegram";

    public string Token { get; set; } = "";
    /// <summary>Bot API server (scheme://host:port); empty = the public Telegram server.</summary>
    public string? BaseUrl { get; set; }
    /// <summary>"polling" (default) or "webhook".</summary>
    public string Mode { get; set; } = "polling";
    public string? WebhookUrl { get; set; }
    public string? WebhookSecret { get; set; }
    public int WebhookPort { get; set; } = 8443;
    /// <summary>Address Kestrel binds for the webhook (a TLS proxy in front forwards to it).</summary>
    public string WebhookListenAddress { get; set; } = "127.0.0.1";
    public double MessagesPerSecondPerChat { get; set; } = 1;
    public int MessagesPerMinutePerGroup { get; set; } = 20;
    public int MessagesPerSecond { get; set; } = 30;
    public int AdminCacheSeconds { get; set; } = 120;
    /// <summary>Long-poll timeout for getUpdates; the server caps it at 50.</summary>
    public int PollTimeoutSeconds { get; set; } = 50;
    /// <summary>Longest wait between getUpdates attempts after errors (doubling from 1 s).</summary>
    public int PollMaxBackoffSeconds { get; set; } = 60;

    public bool IsWebhook => string.Equals(Mode, "webhook", StringComparison.OrdinalIgnoreCase);

    public static TelegramOptions Bind(IConfiguration configuration)
    {
        var options = new TelegramOptions();
        configuration.GetSection(Section).Bind(options);
        options.Token = options.Token.Trim();
        return options;
    }

    /// <summary>Every problem, each naming its key; the token's value is never included.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!TokenShape().IsMatch(Token))
            errors.Add("Telegram:Token does not look like a bot token (expected <bot id>:<secret> from @BotFather); set it with the environment variable Telegram__Token.");
        if (!string.IsNullOrWhiteSpace(BaseUrl)
            && (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var b) || (b.Scheme != Uri.UriSchemeHttp && b.Scheme != Uri.UriSchemeHttps)))
            errors.Add($"Telegram:BaseUrl must be an absolute http(s) URL (got '{BaseUrl}').");
        if (!IsWebhook && !string.Equals(Mode, "polling", StringComparison.OrdinalIgnoreCase))
            errors.Add($"Telegram:Mode must be 'polling' or 'webhook' (got '{Mode}').");
        if (IsWebhook)
        {
            if (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var w) || w.Scheme != Uri.UriSchemeHttps)
                errors.Add("Telegram:WebhookUrl must be an absolute https URL when Telegram:Mode is 'webhook'.");
            if (WebhookSecret is null || !SecretShape().IsMatch(WebhookSecret))
                errors.Add("Telegram:WebhookSecret must be 1-256 characters of A-Z a-z 0-9 _ - when Telegram:Mode is 'webhook'.");
            if (WebhookPort is < 0 or > 65535)
                errors.Add($"Telegram:WebhookPort must be between 0 (any free port) and 65535 (got {WebhookPort}).");
            if (!System.Net.IPAddress.TryParse(WebhookListenAddress, out _))
                errors.Add($"Telegram:WebhookListenAddress must be an IP address (got '{WebhookListenAddress}').");
        }
        if (MessagesPerSecondPerChat is <= 0 or > 30)
            errors.Add($"Telegram:MessagesPerSecondPerChat must be above 0 and at most 30 (got {MessagesPerSecondPerChat}).");
        if (MessagesPerMinutePerGroup is < 1 or > 1000)
            errors.Add($"Telegram:MessagesPerMinutePerGroup must be between 1 and 1000 (got {MessagesPerMinutePerGroup}).");
        if (MessagesPerSecond is < 1 or > 1000)
            errors.Add($"Telegram:MessagesPerSecond must be between 1 and 1000 (got {MessagesPerSecond}).");
        if (AdminCacheSeconds is < 0 or > 86400)
            errors.Add($"Telegram:AdminCacheSeconds must be between 0 and 86400 (got {AdminCacheSeconds}).");
        if (PollTimeoutSeconds is < 0 or > 50)
            errors.Add($"Telegram:PollTimeoutSeconds must be between 0 and 50 (got {PollTimeoutSeconds}).");
        return errors;
    }

    [GeneratedRegex(@"^[0-9]{1,16}:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
