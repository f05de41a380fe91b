namespace NewsBot.Core.Topics;

/// <summary>
/// Decides which topics a story is about: keyword phrases on word boundaries, case and diacritics folded,
/// simple English inflections (plural, possessive, declared adjective forms), exclusions, feed and language filters.
/// </summary>
public sealed class TopicMatcher
{
    private readonly List<CompiledTopic> _topics;

    public TopicMatcher(IEnumerable<TopicDefinition> topics)
    {
        _topics = topics.Select(t => new CompiledTopic(t)).ToList();
    }

    public IReadOnlyList<TopicDefinition> Topics => _topics.Select(t => t.Definition).ToList();

    public IReadOnlyList<TopicMatch> Match(MatchInput input)
    {
        var words = WordTokenizer.Tokenize(input.Title + "\n" + input.Text);
        var result = new List<TopicMatch>();
        foreach (var topic in _topics)
        {
            if (!topic.Accepts(input))
                continue;
            if (topic.Exclude.Any(p => p.FindIn(words) is not null))
                continue;
            var matched = new List<string>();
            foreach (var phrase in topic.Keywords)
            {
                if (phrase.FindIn(words) is { } hit && !matched.Contains(hit))
                    matched.Add(hit);
            }
            if (matched.Count > 0)
                result.Add(new TopicMatch(topic.Definition.Name, matched));
        }
        return result;
    }

    private sealed class CompiledTopic(TopicDefinition definition)
    {
        public TopicDefinition Definition { get; } = definition;
        public List<KeywordPhrase> Keywords { get; } = definition.Keywords.Select(k => new KeywordPhrase(k, definition.Adjectives)).Where(p => p.IsValid).ToList();
        public List<KeywordPhrase> Exclude { get; } = definition.Exclude.Select(k => new KeywordPhrase(k, false)).Where(p => p.IsValid).ToList();

        public bool Accepts(MatchInput input)
        {
            if (Definition.Feeds.Count > 0 && (input.FeedId is null || !Definition.Feeds.Contains(input.FeedId, StringComparer.OrdinalIgnoreCase)))
                return false;
            if (Definition.Language is { Length: > 0 } lang && input.Language is { Length: > 0 } storyLang
                && !storyLang.StartsWith(lang, StringComparison.OrdinalIgnoreCase))
                return false;
            return true;
        }
    }
}
