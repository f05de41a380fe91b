using NewsBot.Core.Abstractions;
using Telegram.Bot.Exceptions;

namespace NewsBot.Platforms.Telegram;

/// <summary>What a failed Bot API call means for the post: the outcome, plus a migration target or wait when given.</summary>
public sealed record TelegramFailure(PostOutcome Outcome, string Error, TimeSpan? RetryAfter = null, long? MigrateTo = null)
{
    public bool IsUnauthorized { get; init; }
    public bool IsNotModified { get; init; }
}

/// <summary>Maps Bot API errors (error_code first, description second) to the small outcome set.</summary>
public static class TelegramErrors
{
    private static readonly string[] GoneDescriptions =
    [
        "bot was blocked by the user", "user is deactivated", "bot was kicked", "bot is not a member",
        "chat was deleted", "chat not found",
    ];

    public static TelegramFailure Classify(Exception exception) => exception switch
    {
        ApiRequestException api => FromApi(api.ErrorCode, api.Message, api.Parameters?.RetryAfter, api.Parameters?.MigrateToChatId),
        RequestException request when request.HttpStatusCode is { } status && (int)status is >= 400 and < 500 and not 429 =>
            new TelegramFailure(PostOutcome.Permanent, $"HTTP {(int)status}: {request.Message}"),
        _ => new TelegramFailure(PostOutcome.Transient, exception.Message),
    };

    public static TelegramFailure FromApi(int code, string description, int? retryAfter, long? migrateTo)
    {
        var text = description ?? "";
        bool Has(string s) => text.Contains(s, StringComparison.OrdinalIgnoreCase);
        if (code == 429)
            return new TelegramFailure(PostOutcome.RateLimited, text, TimeSpan.FromSeconds(Math.Max(1, retryAfter ?? 1)));
        if (migrateTo is { } target && target != 0)
            return new TelegramFailure(PostOutcome.ChannelGone, text, MigrateTo: target);
        if (code == 401)
            return new TelegramFailure(PostOutcome.Permanent, text) { IsUnauthorized = true };
        if (code >= 500)
            return new TelegramFailure(PostOutcome.Transient, text);
        if (code == 403)
            return new TelegramFailure(GoneDescriptions.Any(Has) ? PostOutcome.ChannelGone : PostOutcome.Forbidden, text);
        if (code == 400 && Has("message is not modified"))
            return new TelegramFailure(PostOutcome.Posted, text) { IsNotModified = true };
        if (code == 400 && GoneDescriptions.Any(Has))
            return new TelegramFailure(PostOutcome.ChannelGone, text);
        return new TelegramFailure(PostOutcome.Permanent, text);
    }
}
