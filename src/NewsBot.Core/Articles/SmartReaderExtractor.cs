using NewsBot.Core.Abstractions;

namespace NewsBot.Core.Articles;

/// <summary>Main text through SmartReader (a Readability port).</summary>
public sealed class SmartReaderExtractor : IContentExtractor
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
