using System.Text.Json;

namespace NewsBot.Platforms.Discord.Rest;

/// <summary>The small set of ways a Discord call ends.</summary>
internal enum DiscordFailure { None, RateLimited, ChannelGone, Forbidden, Transient, Permanent, Unauthorized }

/// <summary>A REST reply: status, the mapped failure, Discord's JSON error code and message, and the body on success.</summary>
internal sealed record DiscordRestResult(int Status, DiscordFailure Failure, JsonElement? Body = null, int? Code = null, string? Message = null)
{
    public TimeSpan? RetryAfter { get; init; }

    public bool Ok => Failure == DiscordFailure.None;

    public string Describe() => Ok ? $"HTTP {Status}" : $"HTTP {Status} {Failure} code {Code?.ToString() ?? "-"}: {Message}";

    /// <summary>Maps an HTTP status and Discord error code to the small set the adapter acts on.</summary>
    public static DiscordFailure Classify(int status, int? code) => (status, code) switch
    {
        ( >= 200 and < 300, _) => DiscordFailure.None,
        (_, 10003 or 10004) => DiscordFailure.ChannelGone,
        (_, 50001 or 50013) => DiscordFailure.Forbidden,
        (429, _) => DiscordFailure.RateLimited,
        (401, _) => DiscordFailure.Unauthorized,
        (403, _) => DiscordFailure.Forbidden,
        ( >= 500, _) => DiscordFailure.Transient,
        _ => DiscordFailure.Permanent,
    };
}
