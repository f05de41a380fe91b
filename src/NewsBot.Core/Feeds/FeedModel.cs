namespace NewsBot.Core.Feeds;

/// <summary>A feed document in the one normalized model every format is converted to.</summary>
public sealed record ParsedFeed
{
    /// <summary>rss, rdf, atom, json, cdf, or unknown.</summary>
    public string Format { get; init; } = "unknown";
    public string? Title { get; init; }
    public string? Link { get; init; }
    public string? Language { get; init; }
    /// <summary>RSS &lt;ttl&gt; in minutes, when the feed declares one.</summary>
    public int? TtlMinutes { get; init; }
    /// <summary>The charset the bytes were read with (lower-case label such as "utf-8" or "windows-1251").</summary>
    public string? Encoding { get; init; }
    public IReadOnlyList<FeedEntry> Entries { get; init; } = [];
    /// <summary>What the parser met and worked around; never fatal.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}

/// <summary>One item of a feed. Title is plain text; Summary and Content keep the feed's HTML (entity-decoded XML).</summary>
public sealed record FeedEntry
{
    public string? Id { get; init; }
    public string? Link { get; init; }
    public string? Title { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Summary { get; init; }
    public string? Content { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string? ImageUrl { get; init; }
    public IReadOnlyList<FeedEnclosure> Enclosures { get; init; } = [];
}

public sealed record FeedEnclosure(string Url, string? MediaType, long? Length);
