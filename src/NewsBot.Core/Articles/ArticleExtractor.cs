using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Core.Abstractions;

namespace NewsBot.Core.Articles;

/// <summary>The blocks of a page's content element and the texts the page marks as furniture (title, site name, image alts).</summary>
public sealed record ArticleBlocks(IReadOnlyList<TextBlock> Blocks, IReadOnlySet<string> Known);

/// <summary>
/// Main text of an article page: SmartReader (a Readability port) picks the content element, then furniture
/// elements (captions, share bars, related links, newsletter boxes) and furniture lines are removed.
/// Never throws; returns null when no article text is found.
/// </summary>
public sealed class ArticleExtractor : IContentExtractor
{
    /// <summary>Pages longer than this (in chars) are cut before parsing, to bound work on huge or hostile input.</summary>
    public const int DefaultMaxHtmlChars = 3_000_000;

    /// <summary>Deeper element nesting than this marks a hostile page (real articles stay under ~60): no text.</summary>
    public const int MaxNesting = 250;

    /// <summary>More container tags open at once than this (by a raw count before parsing) marks a hostile page: no text.</summary>
    public const int MaxOpenContainers = 1_000;

    /// <summary>More elements than this and SmartReader gives up (the extractor then returns null).</summary>
    public const int MaxElements = 60_000;

    private static readonly Uri PlaceholderUrl = new("https://example.invalid/");

    private readonly int _maxHtmlChars;

    public ArticleExtractor()
        : this(DefaultMaxHtmlChars)
    {
    }

    /// <param name="maxHtmlChars">pages longer than this are cut before parsing</param>
    public ArticleExtractor(int maxHtmlChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxHtmlChars);
        _maxHtmlChars = maxHtmlChars;
    }

    public string? Extract(string html, Uri? pageUrl)
    {
        try
        {
            var page = ReadBlocks(html, pageUrl, _maxHtmlChars);
            if (page is null)
                return null;
            var kept = BlockFilter.Filter(page.Blocks, page.Known);
            var text = string.Join("\n\n", kept.Select(b => b.Text)).Trim();
            return text.Length == 0 ? null : text;
        }
        catch (Exception)
        {
            return null;
        }
    }

    /// <summary>Largest script SmartReader is shown (it reads JSON-LD metadata; a huge or damaged one costs it seconds).</summary>
    public const int MaxScriptChars = 20_000;

    /// <summary>Scripts are never content: drop every one that is not small, well-formed JSON-LD metadata.</summary>
    private static void RemoveOversizedScripts(AngleSharp.Dom.IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script").ToList())
        {
            var isJsonLd = string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase);
            if (!isJsonLd || script.TextContent.Length > MaxScriptChars || !IsJson(script.TextContent))
                script.Remove();
        }
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = System.Text.Json.JsonDocument.Parse(text, new System.Text.Json.JsonDocumentOptions { MaxDepth = 32 });
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// The blocks of the content element SmartReader picks, after the DOM furniture filter and before the line
    /// filter (<see cref="BlockFilter"/>); null when the page has no content. Throws on parser failures.
    /// </summary>
    public static ArticleBlocks? ReadBlocks(string html, Uri? pageUrl, int maxHtmlChars = DefaultMaxHtmlChars)
    {
        if (string.IsNullOrWhiteSpace(html))
            return null;
        if (html.Length > maxHtmlChars)
            html = html[..maxHtmlChars];
        if (NestingGuard.Exceeds(html, MaxOpenContainers))
            return null;
        var document = new HtmlParser().ParseDocument(html);
        if (document.DocumentElement is null || NestingExceeds(document.DocumentElement, MaxNesting))
            return null;
        var known = ImageTexts(document);
        RemoveOversizedScripts(document);
        List<TextBlock>? blocks = null;
        using var reader = new SmartReader.Reader((pageUrl ?? PlaceholderUrl).ToString(), document) { KeepClasses = true, MaxElemsToParse = MaxElements };
        reader.AddCustomOperationEnd(article =>
        {
            ArticleDomCleaner.Clean(article);
            blocks = BlockWriter.Write(article);
        });
        var result = reader.GetArticle();
        if (blocks is null)
            return null;
        foreach (var label in new[] { result.Title, result.SiteName })
        {
            if (!string.IsNullOrWhiteSpace(label))
                known.Add(BlockFilter.FurnitureKey(label));
        }
        return new ArticleBlocks(blocks, known);
    }

    /// <summary>True when some element sits deeper than <paramref name="limit"/> levels (iterative: no stack overflow).</summary>
    private static bool NestingExceeds(IElement root, int limit)
    {
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > limit)
                return true;
            foreach (var child in element.Children)
                stack.Push((child, depth + 1));
        }
        return false;
    }

    /// <summary>Alt and title texts of the page's images (4+ words): a block that repeats one is a caption.</summary>
    private static HashSet<string> ImageTexts(IDocument document)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var img in document.Images)
        {
            foreach (var text in new[] { img.AlternativeText, img.Title })
            {
                if (!string.IsNullOrWhiteSpace(text) && TextBlock.CountWords(text) >= 4)
                    texts.Add(BlockFilter.FurnitureKey(text));
            }
        }
        return texts;
    }
}
