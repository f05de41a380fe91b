using NewsBot.Core.Abstractions;

namespace NewsBot.Core.Articles;

/// <summary>Main text of an article page (SmartReader, a Readability port, plus our filters).</summary>
public sealed class ArticleExtractor : IContentExtractor
{
    public string? Extract(string html, Uri? pageUrl)
    {
        try
        {
            var reader = new SmartReader.Reader(pageUrl?.ToString() ?? "https://example.invalid/", html);
            var article = reader.GetArticle();
            var text = article?.TextContent?.Trim();
            return string.IsNullOrEmpty(text) ? null : text;
        }
        catch (Exception)
        {
            return null;
        }
    }
}
