using NewsBot.Core.Abstractions;

namespace NewsBot.Core.Digests;

/// <summary>The text of a story as the digest step sees it: plain text, paragraphs separated by line breaks.</summary>
public sealed record StoryText(string Title, string Text, string Outlet, DateTimeOffset? Published, string? Link);

/// <summary>Turns a story into a digest: summary sentences plus the key quotes with their speakers.</summary>
public sealed class DigestBuilder(IQuoteFinder quoteFinder, ISummarizer summarizer)
{
    public const int MaxQuotes = 4;
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

    /// <summary>Quotes with a named speaker first, in order of appearance; fragments and repeats left out.</summary>
    public static IReadOnlyList<DigestQuote> PickKeyQuotes(IReadOnlyList<FoundQuote> quotes)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var candidates = quotes
            .Where(q => q.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinQuoteWords)
            .Where(q => seen.Add(q.Text.Trim()))
            .Select((q, index) => (q, index))
            .OrderBy(x => x.q.Speaker is null ? 1 : 0)
            .ThenBy(x => x.index)
            .Take(MaxQuotes)
            .OrderBy(x => x.index);
        return candidates.Select(x => new DigestQuote(x.q.Text.Trim(), x.q.Speaker)).ToList();
    }
}
