using System.Text.RegularExpressions;
using NewsBot.Core.Delivery;

namespace NewsBot.Configuration;

/// <summary>Checks a loaded newsbot.json: every problem is named by JSON path with a hint, none stops the others.</summary>
public static partial class ConfigValidator
{
    public static readonly string[] Platforms = ["console", "discord", "telegram"];

    public static List<ConfigError> Validate(NewsBotConfig config, string configDirectory)
    {
        var errors = new List<ConfigError>();
        var feedIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < config.Feeds.Count; i++)
            ValidateFeed(config.Feeds[i], $"feeds[{i}]", configDirectory, feedIds, errors);

        var topicNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < config.Topics.Count; i++)
            ValidateTopic(config.Topics[i], $"topics[{i}]", feedIds, topicNames, errors);

        var channelKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < config.Channels.Count; i++)
            ValidateChannel(config.Channels[i], $"channels[{i}]", channelKeys, errors);

        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < config.Subscriptions.Count; i++)
        {
            var s = config.Subscriptions[i];
            var path = $"subscriptions[{i}]";
            if (!channelKeys.Contains(s.Channel))
                errors.Add(new(path + ".channel", $"'{s.Channel}' is not a declared channel; use \"platform:id\" of an entry in channels ({Known(channelKeys)})"));
            if (!topicNames.Contains(s.Topic))
                errors.Add(new(path + ".topic", $"'{s.Topic}' is not a declared topic ({Known(topicNames)})"));
            if (!Cadence.TryParse(s.Cadence, out _, out var cadenceError))
                errors.Add(new(path + ".cadence", cadenceError!));
            if (!pairs.Add(s.Channel + "|" + s.Topic))
                errors.Add(new(path, $"duplicate subscription of {s.Channel} to {s.Topic}; keep one"));
        }
        return errors;
    }

    private static void ValidateFeed(FeedConfig f, string path, string configDirectory, HashSet<string> ids, List<ConfigError> errors)
    {
        if (string.IsNullOrWhiteSpace(f.Id))
            errors.Add(new(path + ".id", "missing; give the feed a short id such as \"reuters-world\""));
        else if (!IdPattern().IsMatch(f.Id))
            errors.Add(new(path + ".id", $"'{f.Id}' may hold only lowercase letters, digits, '-' and '_'"));
        else if (!ids.Add(f.Id))
            errors.Add(new(path + ".id", $"'{f.Id}' is used by another feed; ids must be unique"));
        if (FeedLocation.Resolve(f.Url, configDirectory) is null)
            errors.Add(new(path + ".url", "not an absolute http(s) URL or existing file"));
        if (f.IntervalMinutes is { } m && (m < 1 || m > 1440))
            errors.Add(new(path + ".intervalMinutes", $"{m} is out of range; use 1 to 1440 minutes"));
    }

    private static void ValidateTopic(TopicConfig t, string path, HashSet<string> feedIds, HashSet<string> names, List<ConfigError> errors)
    {
        if (!TopicNamePattern().IsMatch(t.Name ?? ""))
            errors.Add(new(path + ".name", $"'{t.Name}' must be 1-32 lowercase letters, digits, '-' or '_' (it is the command argument, e.g. /latest syria)"));
        else if (!names.Add(t.Name!))
            errors.Add(new(path + ".name", $"'{t.Name}' is declared twice; topic names must be unique"));
        if (t.Keywords.Count == 0 || t.Keywords.All(string.IsNullOrWhiteSpace))
            errors.Add(new(path + ".keywords", "empty; list the words that mark a story as about this topic, e.g. [\"Syria\", \"Damascus\"]"));
        for (var k = 0; k < t.Keywords.Count; k++)
        {
            if (string.IsNullOrWhiteSpace(t.Keywords[k]))
                errors.Add(new($"{path}.keywords[{k}]", "empty keyword; remove it"));
        }
        for (var k = 0; k < t.Feeds.Count; k++)
        {
            if (!feedIds.Contains(t.Feeds[k]))
                errors.Add(new($"{path}.feeds[{k}]", $"'{t.Feeds[k]}' is not a declared feed id ({Known(feedIds)})"));
        }
    }

    private static void ValidateChannel(ChannelConfig c, string path, HashSet<string> keys, List<ConfigError> errors)
    {
        if (!Platforms.Contains(c.Platform))
            errors.Add(new(path + ".platform", $"'{c.Platform}' is not a platform; use one of {string.Join(", ", Platforms)}"));
        if (string.IsNullOrWhiteSpace(c.Id))
            errors.Add(new(path + ".id", "missing; the channel or chat id on its platform (Discord channel id, Telegram chat id, console: main)"));
        else if (c.Platform is "discord" && !ulong.TryParse(c.Id, out _))
            errors.Add(new(path + ".id", $"'{c.Id}' is not a Discord channel id (a number; enable Developer Mode and copy the channel id)"));
        else if (c.Platform is "telegram" && !long.TryParse(c.Id, out _) && !c.Id.StartsWith('@'))
            errors.Add(new(path + ".id", $"'{c.Id}' is not a Telegram chat id (a number such as -1001234567890, or @channelname)"));
        else if (!keys.Add(c.Key))
            errors.Add(new(path, $"channel {c.Key} is declared twice"));
        if (c.TimeZone is { } tz && !TimeZoneInfo.TryFindSystemTimeZoneById(tz, out _))
            errors.Add(new(path + ".timeZone", $"'{tz}' is not a known IANA time zone (e.g. \"Europe/Berlin\", \"UTC\")"));
    }

    private static string Known(IEnumerable<string> names)
    {
        var list = names.Take(8).ToList();
        return list.Count == 0 ? "none declared" : "declared: " + string.Join(", ", list);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,31}$")]
    private static partial Regex TopicNamePattern();
}
