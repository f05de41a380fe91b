using System.Text;
using NewsBot.Core.Articles;
using NewsBot.Core.Digests;
using NewsBot.Core.Digests.Rendering;
using NewsBot.Core.Feeds;
using NewsBot.Core.Text;
using NewsBot.Polling;

namespace NewsBot.Fuzzing;

public enum DocumentKind { Feed, ArticleHtml }

/// <summary>
/// Runs one document the way the bot does (feed or article page → text → quotes and summary → every renderer) and
/// returns each platform limit the output breaks. Exceptions are left to escape: the caller counts them.
/// </summary>
public static class DocumentPipeline
{
    /// <summary>Entries of one feed rendered (a bombed feed may hold thousands; the first ones show the behaviour).</summary>
    public const int MaxEntries = 20;

    private static readonly Uri Base = new("https://fuzz.example/feed/");
    private static readonly ArticleExtractor Extractor = new();
    private static readonly DigestBuilder Digests = new(new QuoteFinder(), new LeadSummarizer());

    public static IReadOnlyList<string> Run(byte[] document, DocumentKind kind)
    {
        var stories = kind == DocumentKind.Feed ? FromFeed(document) : FromArticle(document);
        var digests = stories.Select(s => Digests.Build(s)).ToList();
        return LimitChecks.Check(digests);
    }

    private static List<StoryText> FromFeed(byte[] document)
    {
        var feed = FeedParser.Parse(document, null, Base);
        return feed.Entries.Take(MaxEntries).Select(e =>
        {
            var text = Html.ToText(e.Content ?? e.Summary);
            var title = Html.ToText(e.Title);
            return new StoryText(title.Length == 0 ? "(untitled)" : title, text, feed.Title ?? "Fuzz", e.Published ?? e.Updated, StoryFactory.SafeLink(e.Link));
        }).ToList();
    }

    private static List<StoryText> FromArticle(byte[] document)
    {
        var html = Encoding.UTF8.GetString(document);
        var text = Extractor.Extract(html, new Uri(Base, "article.html")) ?? "";
        // The raw markup goes through the quote finder too: it must not trip on tags, entities or broken text.
        new QuoteFinder().Find(html.Length > 200_000 ? html[..200_000] : html);
        return [new StoryText("Fuzzed article", text, "Fuzz", null, "https://fuzz.example/a")];
    }
}
