namespace NewsBot.Platforms.Discord;

/// <summary>Configuration section "Discord". The token comes only from the environment (Discord__Token).</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    public string Token { get; set; } = "";
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;
    /// <summary>Empty: asked from GET /gateway/bot at start.</summary>
    public string? GatewayUrl { get; set; }
    /// <summary>When set, slash commands are registered to this guild only (instant; for development).</summary>
    public string? DevGuildId { get; set; }
    public int GlobalRequestsPerSecond { get; set; } = 50;
    /// <summary>How long a command may run before the interaction is deferred (Discord allows 3 s for the first answer).</summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromMilliseconds(1500);
    /// <summary>Gateway sends allowed per 60 s on one connection (Discord closes at 120).</summary>
    public int GatewaySendsPerMinute { get; set; } = 115;
    /// <summary>Shortest time between two IDENTIFYs (Discord: max_concurrency 1 per 5 s; 1000 per day).</summary>
    public TimeSpan MinIdentifyInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>First wait before reconnecting; doubled per failed attempt.</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Longest wait between reconnect attempts.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The application's public key (hex, from the developer portal) for the HTTP interactions endpoint.</summary>
    public string? PublicKey { get; set; }
    /// <summary>Port of the HTTP interactions endpoint (POST /discord/interactions); 0 = off (interactions come over the gateway).</summary>
    public int InteractionsPort { get; set; }
    /// <summary>Listen address of the interactions endpoint (behind a TLS proxy or load balancer).</summary>
    public string InteractionsAddress { get; set; } = "127.0.0.1";

    /// <summary>Problems that stop the start; never includes the token itself.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Token))
            problems.Add("Discord:Token is empty (set the environment variable Discord__Token).");
        else if (Token.Any(char.IsWhiteSpace) || Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
            problems.Add($"Discord:Token is malformed ({Token.Length} characters; give the bare bot token without spaces or a 'Bot ' prefix).");
        if (!IsUrl(ApiBaseUrl, "http", "https"))
            problems.Add($"Discord:ApiBaseUrl '{ApiBaseUrl}' is not an absolute http(s) url.");
        if (!string.IsNullOrWhiteSpace(GatewayUrl) && !IsUrl(GatewayUrl, "ws", "wss"))
            problems.Add($"Discord:GatewayUrl '{GatewayUrl}' is not an absolute ws(s) url.");
        if (!string.IsNullOrWhiteSpace(DevGuildId) && !ulong.TryParse(DevGuildId, out _))
            problems.Add($"Discord:DevGuildId '{DevGuildId}' is not a snowflake (digits only).");
        if (GlobalRequestsPerSecond is < 1 or > 50)
            problems.Add($"Discord:GlobalRequestsPerSecond {GlobalRequestsPerSecond} must be 1-50.");
        if (DeferAfter <= TimeSpan.Zero || DeferAfter >= TimeSpan.FromMilliseconds(2500))
            problems.Add($"Discord:DeferAfter {DeferAfter} must be above 0 and below 2.5 s.");
        if (GatewaySendsPerMinute is < 10 or > 118)
            problems.Add($"Discord:GatewaySendsPerMinute {GatewaySendsPerMinute} must be 10-118.");
        if (InteractionsPort is < 0 or > 65535)
            problems.Add($"Discord:InteractionsPort {InteractionsPort} must be 0 (off) or a TCP port.");
        if (InteractionsPort > 0 && (PublicKey is null || PublicKey.Length != 64 || !PublicKey.All(Uri.IsHexDigit)))
            problems.Add("Discord:PublicKey must be the application's 64-character hex public key when Discord:InteractionsPort is set.");
        return problems;
    }

    private static bool IsUrl(string? value, params string[] schemes) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme);
}
