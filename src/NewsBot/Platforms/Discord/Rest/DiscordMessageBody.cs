using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Digests.Rendering;

namespace NewsBot.Platforms.Discord.Rest;

/// <summary>allowed_mentions with an empty parse list: feed text can never ping anyone.</summary>
internal sealed record DiscordAllowedMentions
{
    public static readonly DiscordAllowedMentions None = new();

    public IReadOnlyList<string> Parse { get; init; } = [];
}

/// <summary>The JSON body of a message create/edit, an interaction reply or a webhook edit.</summary>
internal sealed record DiscordMessageBody
{
    public const int SuppressNotifications = 1 << 12;
    public const int Ephemeral = 1 << 6;

    public string? Content { get; init; }
    public IReadOnlyList<DiscordEmbed>? Embeds { get; init; }
    public IReadOnlyList<DiscordActionRow>? Components { get; init; }
    public DiscordAllowedMentions AllowedMentions { get; init; } = DiscordAllowedMentions.None;
    public string? Nonce { get; init; }
    public bool? EnforceNonce { get; init; }
    public int? Flags { get; init; }

    /// <summary>The body of a rendered message; content, embeds and components are always sent so an edit replaces them.</summary>
    public static DiscordMessageBody From(DiscordMessage message, int? flags = null) => new()
    {
        Content = message.Content ?? "",
        Embeds = message.Embeds,
        Components = message.Components,
        Flags = flags is 0 ? null : flags,
    };

    /// <summary>A message create with a nonce (at most 25 characters; longer keys are hashed) and enforce_nonce.</summary>
    public DiscordMessageBody WithNonce(string key) => this with { Nonce = NonceFor(key), EnforceNonce = true };

    public static string NonceFor(string key)
    {
        if (key.Length <= DiscordLimits.Nonce)
            return key;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(hash)[..DiscordLimits.Nonce];
    }
}
