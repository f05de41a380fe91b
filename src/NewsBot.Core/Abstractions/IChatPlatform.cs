using NewsBot.Core.Digests;

namespace NewsBot.Core.Abstractions;

/// <summary>A chat platform (console, Discord, Telegram): posts and edits messages; errors mapped to a small set.</summary>
public interface IChatPlatform
{
    /// <summary>"console", "discord" or "telegram": the platform part of a channel key.</summary>
    string Name { get; }

    Task<PostResult> PostAsync(OutgoingPost post, CancellationToken ct);

    Task<PostResult> EditAsync(OutgoingPost post, string messageId, CancellationToken ct);
}

/// <summary>What to post: one digest, a roll-up of several, or plain text.</summary>
public sealed record OutgoingPost
{
    public required string ChannelId { get; init; }
    public string? ThreadId { get; init; }
    public IReadOnlyList<Digest> Digests { get; init; } = [];
    /// <summary>Heading of a roll-up ("Syria: 5 stories since 09:00"), or plain text when there are no digests.</summary>
    public string? Text { get; init; }
    /// <summary>Stable per outbox row; Discord sends it as nonce with enforce_nonce.</summary>
    public required string IdempotencyKey { get; init; }
    public bool Silent { get; init; }
}

public enum PostOutcome { Posted, RateLimited, ChannelGone, Forbidden, Transient, Permanent }

public sealed record PostResult(PostOutcome Outcome, string? MessageId = null, string? Error = null)
{
    public TimeSpan? RetryAfter { get; init; }
    /// <summary>Telegram group upgraded to a supergroup: the channel's new id.</summary>
    public string? MovedToChannelId { get; init; }

    public static PostResult Ok(string messageId) => new(PostOutcome.Posted, messageId);
}
