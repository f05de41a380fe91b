namespace NewsBot.Configuration;

/// <summary>config/newsbot.json: what the admin declares. Key names in JSON are camelCase.</summary>
public sealed class NewsBotConfig
{
    /// <summary>Editor hint; ignored.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("$schema")]
    public string? Schema { get; set; }
    public List<FeedConfig> Feeds { get; set; } = [];
    public List<TopicConfig> Topics { get; set; } = [];
    public List<ChannelConfig> Channels { get; set; } = [];
    public List<SubscriptionConfig> Subscriptions { get; set; } = [];
}

public sealed class FeedConfig
{
    /// <summary>Stable id: lowercase letters, digits, '-' and '_'.</summary>
    public string Id { get; set; } = "";
    /// <summary>Absolute http(s) URL, or a file path (relative to the config folder).</summary>
    public string Url { get; set; } = "";
    /// <summary>Outlet name shown in digests; the feed's own title when absent.</summary>
    public string? Name { get; set; }
    /// <summary>Minutes between polls (1-1440); Polling:DefaultIntervalMinutes when absent.</summary>
    public int? IntervalMinutes { get; set; }
    /// <summary>Two-letter language code, for topics restricted to a language.</summary>
    public string? Language { get; set; }
}

public sealed class TopicConfig
{
    public string Name { get; set; } = "";
    public string? DisplayName { get; set; }
    public List<string> Keywords { get; set; } = [];
    public List<string> Exclude { get; set; } = [];
    /// <summary>Also match adjective forms of keywords (Syria -> Syrian).</summary>
    public bool Adjectives { get; set; }
    /// <summary>Only stories from these feed ids (all feeds when empty).</summary>
    public List<string> Feeds { get; set; } = [];
    public string? Language { get; set; }
}

public sealed class ChannelConfig
{
    /// <summary>console, discord or telegram.</summary>
    public string Platform { get; set; } = "";
    /// <summary>The platform's id of the channel or chat (console: any name, e.g. "main").</summary>
    public string Id { get; set; } = "";
    public string? Name { get; set; }
    /// <summary>IANA time zone for daily roll-ups; UTC when absent.</summary>
    public string? TimeZone { get; set; }
    /// <summary>This channel is told when a feed starts failing.</summary>
    public bool Admin { get; set; }

    public string Key => $"{Platform}:{Id}";
}

public sealed class SubscriptionConfig
{
    /// <summary>"platform:id" of a declared channel, e.g. "console:main".</summary>
    public string Channel { get; set; } = "";
    public string Topic { get; set; } = "";
    /// <summary>instant (default), hourly, or "daily HH:MM".</summary>
    public string? Cadence { get; set; }
    /// <summary>Post without a notification sound (Telegram) or with suppressed notifications (Discord).</summary>
    public bool Silent { get; set; }
    /// <summary>Telegram forum topic id to post in.</summary>
    public string? ThreadId { get; set; }
}
