namespace NewsBot.Core.Topics;

/// <summary>A topic channels follow: its command name, the words that mark a story as about it, and what rules it out.</summary>
public sealed record TopicDefinition
{
    /// <summary>Lowercase command argument, e.g. "syria".</summary>
    public required string Name { get; init; }
    public string? DisplayName { get; init; }
    /// <summary>Keywords and aliases; a keyword of several words is matched as a phrase.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
    /// <summary>A story mentioning any of these does not match.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];
    /// <summary>Also match adjective forms of the keywords (Syria -> Syrian, Iran -> Iranian, Turkey -> Turkish).</summary>
    public bool Adjectives { get; init; }
    /// <summary>When set, only stories from these feed ids.</summary>
    public IReadOnlyList<string> Feeds { get; init; } = [];
    /// <summary>When set, only stories from feeds in this language (two-letter code).</summary>
    public string? Language { get; init; }

    public string Title => DisplayName ?? Name;
}

/// <summary>Why a story matched a topic: the words of the story that matched its keywords.</summary>
public sealed record TopicMatch(string Topic, IReadOnlyList<string> MatchedWords);

/// <summary>What the matcher looks at.</summary>
public sealed record MatchInput(string Title, string Text, string? FeedId = null, string? Language = null);
