using NewsBot.Core.Delivery;
using NewsBot.Core.Topics;

namespace NewsBot.Configuration;

/// <summary>One validated newsbot.json and what is derived from it; swapped whole on reload.</summary>
public sealed class ConfigSnapshot
{
    public ConfigSnapshot(NewsBotConfig config, string directory)
    {
        Config = config;
        Directory = directory;
        Topics = config.Topics.Select(t => new TopicDefinition
        {
            Name = t.Name, DisplayName = t.DisplayName, Keywords = t.Keywords, Exclude = t.Exclude,
            Adjectives = t.Adjectives, Feeds = t.Feeds, Language = t.Language,
        }).ToList();
        Matcher = new TopicMatcher(Topics);
        var zones = config.Channels.ToDictionary(c => c.Key, c => c.TimeZone, StringComparer.Ordinal);
        Subscriptions = config.Subscriptions.Select(s => new Subscription
        {
            Channel = s.Channel, Topic = s.Topic, Silent = s.Silent, ThreadId = s.ThreadId, Source = SubscriptionSource.Config,
            Cadence = Cadence.TryParse(s.Cadence, out var c, out _) ? c : Cadence.Instant,
            TimeZone = zones.GetValueOrDefault(s.Channel),
        }).ToList();
    }

    public NewsBotConfig Config { get; }
    public string Directory { get; }
    public IReadOnlyList<TopicDefinition> Topics { get; }
    public TopicMatcher Matcher { get; }
    /// <summary>Subscriptions declared in the file (commands cannot remove these).</summary>
    public IReadOnlyList<Subscription> Subscriptions { get; }

    public FeedConfig? Feed(string id) => Config.Feeds.FirstOrDefault(f => f.Id == id);

    public Uri FeedUri(FeedConfig feed) => FeedLocation.Resolve(feed.Url, Directory) ?? throw new InvalidOperationException($"feed {feed.Id} has no valid url");

    public ChannelConfig? Channel(string key) => Config.Channels.FirstOrDefault(c => c.Key == key);

    public TopicDefinition? Topic(string name) => Topics.FirstOrDefault(t => t.Name == name);

    /// <summary>Loads and validates a config folder: a snapshot, or every error found.</summary>
    public static (ConfigSnapshot? Snapshot, List<ConfigError> Errors) Load(string directory)
    {
        var dir = Path.GetFullPath(directory);
        var (config, errors) = ConfigLoader.LoadFile(Path.Combine(dir, ConfigLoader.FileName));
        if (config is not null)
            errors.AddRange(ConfigValidator.Validate(config, dir));
        return errors.Count == 0 ? (new ConfigSnapshot(config!, dir), errors) : (null, errors);
    }
}
