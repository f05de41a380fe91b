using System.Text;
using System.Text.Json;
using NewsBot.Configuration;

namespace NewsBot.Admin;

/// <summary>A feed the import added, with the id it was given.</summary>
public sealed record ImportedFeed(string Id, string Url, string? Name);

/// <summary>An OPML feed the import left out, and why.</summary>
public sealed record SkippedFeed(string Url, string Title, string Reason);

/// <summary>What an import would do: the new newsbot.json text (null when nothing changes), or the error that stops it.</summary>
public sealed record ImportPlan
{
    public string? Error { get; init; }
    public IReadOnlyList<ImportedFeed> Added { get; init; } = [];
    public IReadOnlyList<SkippedFeed> Skipped { get; init; } = [];
    /// <summary>What happened to the --topic list, for the report.</summary>
    public string? TopicNote { get; init; }
    public byte[]? NewText { get; init; }

    public static ImportPlan Failed(string error) => new() { Error = error };
}

/// <summary>
/// Adds OPML feeds to newsbot.json by inserting text into its "feeds" array (and a topic's "feeds" list), so comments,
/// trailing commas and layout survive. The result is loaded and validated before it is offered for writing.
/// </summary>
public static class OpmlImporter
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static ImportPlan Plan(byte[] configFile, string configDirectory, IReadOnlyList<OpmlFeed> feeds, string? topic)
    {
        var hasBom = configFile.AsSpan().StartsWith(Bom);
        var text = hasBom ? configFile[Bom.Length..] : configFile;
        var (config, errors) = Load(text, configDirectory);
        if (config is null || errors.Count > 0)
            return ImportPlan.Failed($"{ConfigLoader.FileName} has {errors.Count} problem(s); fix them first (nothing written):\n  " + string.Join("\n  ", errors));
        var topicConfig = topic is null ? null : config.Topics.FirstOrDefault(t => t.Name == topic);
        if (topic is not null && topicConfig is null)
            return ImportPlan.Failed($"topic '{topic}' is not declared in {ConfigLoader.FileName} (declared: {string.Join(", ", config.Topics.Select(t => t.Name))}); nothing written");

        var (added, skipped) = Choose(config, configDirectory, feeds);
        if (added.Count == 0)
            return new ImportPlan { Skipped = skipped, TopicNote = topic is null ? null : $"topic '{topic}' unchanged (no new feeds)" };

        JsonSpan root;
        try
        {
            root = JsonSpan.Parse(text);
        }
        catch (JsonException ex)
        {
            return ImportPlan.Failed($"cannot edit {ConfigLoader.FileName}: {ex.Message}");
        }
        var editor = new JsonTextEditor(text);
        var entries = added.Select(FeedEntryText).ToList();
        var feedsArray = root.Property("feeds");
        if (feedsArray is { IsArray: true })
            editor.AppendToArray(feedsArray, entries, block: true);
        else if (feedsArray is null)
            editor.AddProperty(root, "feeds", indent => BlockArray(entries, indent, editor.NewLine));
        else
            return ImportPlan.Failed($"\"feeds\" in {ConfigLoader.FileName} is not a list; nothing written");

        string? topicNote = null;
        var topicChanged = false;
        if (topicConfig is not null)
            (topicNote, topicChanged) = AddToTopic(root, topicConfig, added, editor);
        var newText = editor.Apply();
        var check = Verify(newText, configDirectory, config, added, topicChanged ? topicConfig : null);
        if (check is not null)
            return ImportPlan.Failed($"the edited {ConfigLoader.FileName} did not check out ({check}); nothing written");
        return new ImportPlan
        {
            Added = added, Skipped = skipped, TopicNote = topicNote,
            NewText = hasBom ? [.. Bom, .. newText] : newText,
        };
    }

    private static (List<ImportedFeed> Added, List<SkippedFeed> Skipped) Choose(NewsBotConfig config, string configDirectory, IReadOnlyList<OpmlFeed> feeds)
    {
        var configured = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in config.Feeds)
            configured.TryAdd(FeedUrlKey.Of(f.Url, configDirectory), f.Id);
        var fromFile = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(config.Feeds.Select(f => f.Id), StringComparer.Ordinal);
        var added = new List<ImportedFeed>();
        var skipped = new List<SkippedFeed>();
        foreach (var feed in feeds)
        {
            var key = FeedUrlKey.Of(feed.XmlUrl, configDirectory);
            if (configured.TryGetValue(key, out var existing))
            {
                skipped.Add(new(feed.XmlUrl, feed.Title, $"already configured as '{existing}'"));
            }
            else if (fromFile.TryGetValue(key, out var earlier))
            {
                skipped.Add(new(feed.XmlUrl, feed.Title, $"listed twice in the OPML file (added once, as '{earlier}')"));
            }
            else if (FeedLocation.Resolve(feed.XmlUrl, configDirectory) is null)
            {
                skipped.Add(new(feed.XmlUrl, feed.Title, "not an absolute http(s) URL or existing file"));
            }
            else
            {
                var id = FeedIdSlug.Unique(feed.Title, feed.XmlUrl, ids);
                ids.Add(id);
                fromFile[key] = id;
                added.Add(new ImportedFeed(id, feed.XmlUrl, feed.Title.Length > 0 ? feed.Title : null));
            }
        }
        return (added, skipped);
    }

    /// <summary>Adds the new ids to a topic limited to some feeds; a topic with no list already reads every feed and is left alone.</summary>
    private static (string Note, bool Changed) AddToTopic(JsonSpan root, TopicConfig topic, List<ImportedFeed> added, JsonTextEditor editor)
    {
        if (topic.Feeds.Count == 0)
            return ($"topic '{topic.Name}' already reads every feed (its \"feeds\" list is empty), so it was left as it is", false);
        var topicSpan = root.Property("topics")?.Children.FirstOrDefault(t => t.Property("name")?.StringValue == topic.Name);
        var list = topicSpan?.Property("feeds");
        if (list is not { IsArray: true })
            return ($"topic '{topic.Name}': its \"feeds\" list was not found in the text; left as it is", false);
        editor.AppendToArray(list, added.Select(a => JsonTextEditor.Quote(a.Id)).ToList(), block: false);
        return ($"topic '{topic.Name}' now also reads: {string.Join(", ", added.Select(a => a.Id))}", true);
    }

    /// <summary>The edited text must load without a problem and hold every old feed, the new ones, and the topic's new list.</summary>
    private static string? Verify(byte[] newText, string configDirectory, NewsBotConfig before, List<ImportedFeed> added, TopicConfig? changedTopic)
    {
        var (after, errors) = Load(newText, configDirectory);
        if (after is null || errors.Count > 0)
            return string.Join("; ", errors);
        var expected = before.Feeds.Select(f => (f.Id, f.Url)).Concat(added.Select(a => (a.Id, a.Url)));
        if (!after.Feeds.Select(f => (f.Id, f.Url)).SequenceEqual(expected))
            return "the feed list is not the old list plus the new feeds";
        if (changedTopic is not null
            && !after.Topics.First(t => t.Name == changedTopic.Name).Feeds.SequenceEqual(changedTopic.Feeds.Concat(added.Select(a => a.Id))))
            return $"topic '{changedTopic.Name}' does not list the new feeds";
        return null;
    }

    private static (NewsBotConfig? Config, List<ConfigError> Errors) Load(byte[] utf8, string configDirectory)
    {
        var (config, errors) = ConfigLoader.Load(Encoding.UTF8.GetString(utf8));
        if (config is not null && errors.Count == 0)
            errors.AddRange(ConfigValidator.Validate(config, configDirectory));
        return (config, errors);
    }

    private static string FeedEntryText(ImportedFeed feed)
    {
        var sb = new StringBuilder("{ \"id\": ").Append(JsonTextEditor.Quote(feed.Id))
            .Append(", \"url\": ").Append(JsonTextEditor.Quote(feed.Url));
        if (feed.Name is not null)
            sb.Append(", \"name\": ").Append(JsonTextEditor.Quote(feed.Name));
        return sb.Append(" }").ToString();
    }

    private static string BlockArray(IReadOnlyList<string> items, string indent, string newLine) =>
        "[" + newLine + string.Join("," + newLine, items.Select(i => indent + "  " + i)) + newLine + indent + "]";
}
