namespace NewsBot.Core.Commands.Handlers;

/// <summary>"Did you mean ..." for a mistyped or unknown topic.</summary>
public static class TopicSuggestions
{
    public static IReadOnlyList<string> Closest(ITopicCatalog catalog, string text, int max = 3)
    {
        var t = text.ToLowerInvariant();
        return catalog.Topics
            .Select(topic => (topic.Name, Score: Math.Min(
                Distance(t, topic.Name),
                topic.Keywords.Select(k => Distance(t, k.ToLowerInvariant())).DefaultIfEmpty(int.MaxValue).Min())))
            .OrderBy(x => x.Score).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(max).Select(x => x.Name).ToList();
    }

    public static string Hint(ITopicCatalog catalog, string text)
    {
        var closest = Closest(catalog, text);
        return closest.Count == 0 ? "No topics are configured yet." : "Closest topics: " + string.Join(", ", closest) + " (see /topics).";
    }

    /// <summary>Levenshtein distance; a substring match counts as close.</summary>
    internal static int Distance(string a, string b)
    {
        if (a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)))
            return Math.Abs(a.Length - b.Length) / 2;
        if (a.Length > 64) a = a[..64];
        if (b.Length > 64) b = b[..64];
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
