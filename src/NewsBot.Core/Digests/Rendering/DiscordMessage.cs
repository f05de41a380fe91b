namespace NewsBot.Core.Digests.Rendering;

/// <summary>One Discord message as the renderer builds it: content, embeds and link buttons, already within Discord's limits.</summary>
public sealed record DiscordMessage(
    string? Content,
    IReadOnlyList<DiscordEmbed> Embeds,
    IReadOnlyList<DiscordActionRow> Components);

/// <summary>A rich embed; null parts are left out of the JSON.</summary>
public sealed record DiscordEmbed
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    /// <summary>ISO 8601, shown by Discord in the reader's time zone.</summary>
    public string? Timestamp { get; init; }
    public int? Color { get; init; }
    public DiscordEmbedFooter? Footer { get; init; }
    public DiscordEmbedAuthor? Author { get; init; }
    public IReadOnlyList<DiscordEmbedField>? Fields { get; init; }
}

public sealed record DiscordEmbedFooter(string Text);

public sealed record DiscordEmbedAuthor(string Name);

public sealed record DiscordEmbedField(string Name, string Value, bool Inline = false);

/// <summary>An action row (component type 1) holding link buttons.</summary>
public sealed record DiscordActionRow(IReadOnlyList<DiscordLinkButton> Components)
{
    public int Type => 1;
}

/// <summary>A link button: component type 2, style 5, no custom_id, opens the url.</summary>
public sealed record DiscordLinkButton(string Label, string Url)
{
    public int Type => 2;
    public int Style => 5;
}
