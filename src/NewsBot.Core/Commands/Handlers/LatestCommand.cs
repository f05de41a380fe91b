using System.Globalization;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Digests;
using NewsBot.Core.Stories;

namespace NewsBot.Core.Commands.Handlers;

/// <summary>/latest &lt;topic&gt; [count]: newest stories on a topic; any other words: a full-text search.</summary>
public sealed class LatestCommand(ITopicCatalog topics, IStoryStore stories, TimeProvider clock) : IBotCommand
{
    public const int DefaultCount = 3;
    public const int MaxCount = 10;

    public CommandDescription Description => CommandCatalog.Latest;

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken ct)
    {
        var words = request.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0)
            return CommandReply.Error("Usage: /latest <topic or words> [count]. For example: /latest syria 5. See /topics.");
        var count = DefaultCount;
        if (words.Count > 1 && int.TryParse(words[^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            if (n is < 1 or > MaxCount)
                return CommandReply.Error($"The count must be between 1 and {MaxCount}.");
            count = n;
            words.RemoveAt(words.Count - 1);
        }
        var query = string.Join(' ', words);
        var topic = topics.Topics.FirstOrDefault(t => t.Name.Equals(query, StringComparison.OrdinalIgnoreCase)
            || (t.DisplayName?.Equals(query, StringComparison.OrdinalIgnoreCase) ?? false));
        // Fetch extra so that stories of one event reported by several outlets can be shown once.
        var found = topic is not null
            ? await stories.LatestByTopicAsync(topic.Name, count * 4, ct)
            : await stories.SearchAsync(query, count * 4, clock.GetUtcNow(), ct);
        var digests = OnePerEvent(found).Take(count).ToList();
        if (digests.Count == 0)
        {
            var what = topic is not null ? $"No {topic.Title} stories yet." : $"Nothing found for \"{query}\".";
            return CommandReply.Say($"{what} {TopicSuggestions.Hint(topics, query)}");
        }
        var heading = topic is not null ? $"Latest on {topic.Title}:" : $"Stories matching \"{query}\":";
        return new CommandReply { Text = heading, Digests = digests };
    }

    /// <summary>Stories of one cross-outlet cluster become one digest: the first outlet's, with the others as sources.</summary>
    public static IEnumerable<Digest> OnePerEvent(IReadOnlyList<StoredStory> found)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var story in found)
        {
            if (story.ClusterId is null)
            {
                yield return story.Digest;
                continue;
            }
            if (!seen.Add(story.ClusterId))
                continue;
            yield return ClusterDigest.Merge(found.Where(s => s.ClusterId == story.ClusterId).ToList());
        }
    }
}
