namespace NewsBot.Fakes.Discord;

/// <summary>How the fake Discord behaves: the accepted token, ids, heartbeat interval and its rate limits.</summary>
public sealed record FakeDiscordOptions
{
    public string Token { get; init; } = "fake-bot-token";
    public string ApplicationId { get; init; } = "900000000000000001";
    public int HeartbeatIntervalMs { get; init; } = 45_000;
    /// <summary>Per channel, shared by message create and edit (Discord's message route: 5 per 5 s).</summary>
    public int MessageLimit { get; init; } = 5;
    public TimeSpan MessageWindow { get; init; } = TimeSpan.FromSeconds(5);
    public int WebhookLimit { get; init; } = 5;
    public TimeSpan WebhookWindow { get; init; } = TimeSpan.FromSeconds(2);
    /// <summary>Requests per second for the whole bot; interaction callbacks and webhooks are exempt.</summary>
    public int GlobalLimit { get; init; } = 50;
    public TimeSpan GlobalWindow { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Answers to an interaction later than this after its dispatch fail with 10062, as on Discord.</summary>
    public TimeSpan InteractionDeadline { get; init; } = TimeSpan.FromSeconds(3);
    /// <summary>When above 0, gateway messages are sent in frames of at most this many bytes (clients must put them together).</summary>
    public int MaxFrameBytes { get; init; }
    /// <summary>Guilds announced with GUILD_CREATE after READY: guild id and its channel ids.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Guilds { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
