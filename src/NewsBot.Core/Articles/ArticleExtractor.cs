using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Core.Abstractions;

namespace NewsBot.Core.Articles;

/// <summary>
/// Main text of an article page: SmartReader (a Readability port) picks the content element, then furniture
/// elements (captions, share bars, related links, newsletter boxes) and furniture lines are removed.
/// Never throws; returns null when no article text is found.
/// </summary>
public sealed class ArticleExtractor : IContentExtractor
{
    /// <summary>Pages longer than this (in chars) are cut before parsing, to bound work on huge or hostile input.</summary>
    public const int MaxHtmlChars = 3_000_000;

    private static readonly Uri PlaceholderUrl = new("https://example.invalid/");

    public string? Extract(string html, Uri? pageUrl)
    {
        try
        {
            var blocks = ReadBlocks(html, pageUrl);
            if (blocks is null)
                return null;
            var kept = BlockFilter.Filter(blocks);
            var text = string.Join("\n\n", kept.Select(b => b.Text)).Trim();
            return text.Length == 0 ? null : text;
        }
        catch (Exception)
        {
            return null;
        }
    }

    /// <summary>
    /// The blocks of the content element SmartReader picks, after the DOM furniture filter and before the line
    /// filter (<see cref="BlockFilter"/>); null when the page has no content. Throws on parser failures.
    /// </summary>
    public static List<TextBlock>? ReadBlocks(string html, Uri? pageUrl)
    {
        if (string.IsNullOrWhiteSpace(html))
            return null;
        if (html.Length > MaxHtmlChars)
            html = html[..MaxHtmlChars];
        var document = new HtmlParser().ParseDocument(html);
        List<TextBlock>? blocks = null;
        using var reader = new SmartReader.Reader((pageUrl ?? PlaceholderUrl).ToString(), document) { KeepClasses = true };
        reader.AddCustomOperationEnd(article =>
        {
            ArticleDomCleaner.Clean(article);
            blocks = BlockWriter.Write(article);
        });
        var result = reader.GetArticle();
        return blocks;
    }
}
