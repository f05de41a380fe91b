namespace NewsBot.Platforms.Discord.Rest;

/// <summary>
/// One REST call: method, path, and the rate-limit identity (route template + method + major parameter).
/// Interaction callbacks and webhook follow-ups are not bound by the global limit and carry no bot token.
/// </summary>
internal sealed record DiscordRoute(HttpMethod Method, string Template, string Path, string Major, bool Interaction = false)
{
    /// <summary>The per-route rate-limit key until Discord names the bucket.</summary>
    public string Key => $"{Method.Method} {Template} {Major}";

    public static DiscordRoute GatewayBot() => new(HttpMethod.Get, "/gateway/bot", "/gateway/bot", "");

    public static DiscordRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "/channels/{channel}/messages", $"/channels/{channelId}/messages", channelId);

    public static DiscordRoute EditMessage(string channelId, string messageId) =>
        new(HttpMethod.Patch, "/channels/{channel}/messages/{message}", $"/channels/{channelId}/messages/{messageId}", channelId);

    public static DiscordRoute BulkCommands(string applicationId, string? guildId) => guildId is null
        ? new(HttpMethod.Put, "/applications/{app}/commands", $"/applications/{applicationId}/commands", "")
        : new(HttpMethod.Put, "/applications/{app}/guilds/{guild}/commands", $"/applications/{applicationId}/guilds/{guildId}/commands", guildId);

    public static DiscordRoute InteractionCallback(string interactionId, string token) =>
        new(HttpMethod.Post, "/interactions/{id}/{token}/callback", $"/interactions/{interactionId}/{token}/callback", interactionId + "/" + token, Interaction: true);

    public static DiscordRoute EditOriginal(string applicationId, string token) =>
        new(HttpMethod.Patch, "/webhooks/{app}/{token}/messages/@original", $"/webhooks/{applicationId}/{token}/messages/@original", applicationId + "/" + token, Interaction: true);

    public static DiscordRoute FollowUp(string applicationId, string token) =>
        new(HttpMethod.Post, "/webhooks/{app}/{token}", $"/webhooks/{applicationId}/{token}", applicationId + "/" + token, Interaction: true);
}
