using NewsBot.Core.Abstractions;

namespace NewsBot.Core.Digests;

/// <summary>The text of a story as the digest step sees it: plain text, paragraphs separated by line breaks.</summary>
public sealed record StoryText(string Title, string Text, string Outlet, DateTimeOffset? Published, string? Link);

/// <summary>Turns a story into a digest: summary sentences plus the key quotes with their speakers.</summary>
public sealed class DigestBuilder(IQuoteFinder quoteFinder, ISummarizer summarizer)
{
    public const int MaxQuotes = 4;
    public const int MaxQuoteLength = 300;
    private const int MinQuoteWords = 4;

    public Digest Build(StoryText story)
    {
        var quotes = quoteFinder.Find(story.Text);
        var summary = summarizer.Summarize(story.Title, story.Text, quotes);
        return new Digest
        {
            Headline = story.Title,
            Summary = summary,
            Quotes = PickKeyQuotes(quotes),
            Outlet = story.Outlet,
            Published = story.Published,
            Link = story.Link,
        };
    }

    /// <summary>
    /// Up to <see cref="MaxQuotes"/> quotes, named speakers first, shown in order of appearance; fragments
    /// (fewer than four words) and repeats (the same words, or one quote inside another) are left out.
    /// </summary>
    public static IReadOnlyList<DigestQuote> PickKeyQuotes(IReadOnlyList<FoundQuote> quotes)
    {
        var kept = new List<(string Text, string Key, string? Speaker, int Index)>();
        for (var i = 0; i < quotes.Count; i++)
        {
            var text = Clean(quotes[i].Text);
            if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinQuoteWords)
                continue;
            var key = Key(text);
            if (kept.Any(k => k.Key.Contains(key, StringComparison.Ordinal) || key.Contains(k.Key, StringComparison.Ordinal)))
                continue;
            kept.Add((text, key, quotes[i].Speaker, i));
        }
        return kept
            .OrderBy(k => k.Speaker is null ? 1 : 0)
            .ThenBy(k => k.Index)
            .Take(MaxQuotes)
            .OrderBy(k => k.Index)
            .Select(k => new DigestQuote(TextTrim.ToLength(k.Text, MaxQuoteLength), k.Speaker))
            .ToList();
    }

    /// <summary>The words as shown: trimmed, single-spaced, without the comma that led into the attribution.</summary>
    private static string Clean(string text)
    {
        var t = string.Join(' ', text.Split([' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return t.TrimEnd(',', ';', ':', ' ', '\u2014', '-');
    }

    private static string Key(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
