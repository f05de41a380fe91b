namespace NewsBot.Core.Stories.Clustering;

/// <summary>
/// The comparable parts of one item: word counts from title + summary + lead, named-entity counts from
/// summary + text, and the normalized title for wire-copy detection.
/// </summary>
internal sealed class StoryFeatures
{
    /// <summary>Prefix that keeps entity keys apart from plain words in the shared document-frequency table.</summary>
    public const string EntityPrefix = "E:";

    public required Dictionary<string, int> Words { get; init; }

    /// <summary>Entity keys (with <see cref="EntityPrefix"/>) and their counts.</summary>
    public required Dictionary<string, int> Entities { get; init; }

    /// <summary>How each entity key was first written in the text, for explanations.</summary>
    public required Dictionary<string, string> Surfaces { get; init; }

    public required string NormalizedTitle { get; init; }

    /// <summary>Term counts of the headline alone.</summary>
    public required Dictionary<string, int> TitleWords { get; init; }

    /// <summary>Every distinct key (words and entities), each counted once per document.</summary>
    public IEnumerable<string> DistinctKeys => Words.Keys.Concat(Entities.Keys);

    public static StoryFeatures From(ClusterItem item, ClusteringOptions options)
    {
        var titleWords = new Dictionary<string, int>(StringComparer.Ordinal);
        Count(titleWords, Terms.Of(item.Title));
        var words = new Dictionary<string, int>(titleWords, StringComparer.Ordinal);
        Count(words, Terms.Of(item.Summary));
        Count(words, Terms.Of(Head(item.Text, options.LeadChars)));

        var entities = new Dictionary<string, int>(StringComparer.Ordinal);
        var surfaces = new Dictionary<string, string>(StringComparer.Ordinal);
        var entityText = string.Join("\n", item.Summary ?? "", Head(item.Text, options.EntityChars));
        foreach (var e in Clustering.Entities.Find(entityText))
        {
            var key = EntityPrefix + e.Key;
            entities[key] = entities.GetValueOrDefault(key) + 1;
            surfaces.TryAdd(key, e.Surface);
        }
        return new StoryFeatures
        {
            Words = words,
            Entities = entities,
            Surfaces = surfaces,
            NormalizedTitle = Terms.NormalizedTitle(item.Title),
            TitleWords = titleWords,
        };
    }

    /// <summary>The readable form of a key: the entity as written, or the word itself.</summary>
    public string Display(string key) =>
        Surfaces.TryGetValue(key, out var surface) ? surface : key;

    private static void Count(Dictionary<string, int> into, IEnumerable<string> terms)
    {
        foreach (var t in terms)
            into[t] = into.GetValueOrDefault(t) + 1;
    }

    private static string Head(string? text, int chars) =>
        string.IsNullOrEmpty(text) ? "" : text.Length <= chars ? text : text[..chars];
}
