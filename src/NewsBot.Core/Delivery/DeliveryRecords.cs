namespace NewsBot.Core.Delivery;

public enum SubscriptionSource { Config, Command }

/// <summary>A channel following a topic. Channel is "platform:id".</summary>
public sealed record Subscription
{
    public required string Channel { get; init; }
    public required string Topic { get; init; }
    public Cadence Cadence { get; init; } = Cadence.Instant;
    /// <summary>Telegram forum topic the subscription was made in.</summary>
    public string? ThreadId { get; init; }
    public bool Silent { get; init; }
    public SubscriptionSource Source { get; init; }
    /// <summary>IANA time zone for daily roll-ups (UTC when null).</summary>
    public string? TimeZone { get; init; }
    public bool Paused { get; init; }

    public string Platform => Channel[..Channel.IndexOf(':')];
    public string ChannelId => Channel[(Channel.IndexOf(':') + 1)..];
}

/// <summary>A story to be posted to a channel at once, decided at ingest.</summary>
public sealed record InstantDelivery(string Channel, string? ThreadId, bool Silent);

/// <summary>A story kept for a channel's next roll-up of a topic.</summary>
public sealed record RollupEntry(string Channel, string Topic);

/// <summary>Story: one digest; Rollup: several with a heading; Edit: change a posted message; Notice: plain text to a channel.</summary>
public enum OutboxKind { Story, Rollup, Edit, Notice }

/// <summary>One claimed delivery: what to post where, and how often it was tried.</summary>
public sealed record OutboxItem
{
    public required long Id { get; init; }
    /// <summary>Stable idempotency key (story:ID:channel, rollup:..., edit:...).</summary>
    public required string Key { get; init; }
    public required string Channel { get; init; }
    public string? ThreadId { get; init; }
    public OutboxKind Kind { get; init; }
    public IReadOnlyList<long> StoryIds { get; init; } = [];
    public string? Heading { get; init; }
    public bool Silent { get; init; }
    public int Attempts { get; init; }
    /// <summary>For edits: the platform message to change.</summary>
    public string? TargetMessageId { get; init; }
    /// <summary>For edits: the key of the outbox row whose message is changed.</summary>
    public string? RefKey { get; init; }

    public string Platform => Channel[..Channel.IndexOf(':')];
    public string ChannelId => Channel[(Channel.IndexOf(':') + 1)..];
}

/// <summary>Outbox figures for /status and metrics.</summary>
public sealed record OutboxCounts(int Pending, int Parked, int Delivered);
