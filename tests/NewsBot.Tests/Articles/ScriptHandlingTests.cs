using NewsBot.Core.Articles;

namespace NewsBot.Tests.Articles;

/// <summary>Scripts are never content; a damaged or huge JSON-LD block (found by the fuzz campaign) does not stop extraction.</summary>
public class ScriptHandlingTests
{
    [Fact]
    public void A_page_with_a_huge_damaged_json_ld_script_still_yields_its_article()
    {
        var css = string.Concat(Enumerable.Repeat(".burgerbar .logo svg{width:185px;transform:scale(.93)}", 800));
        var paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Paragraph {i} of the story tells what happened in the town on Monday, who was there and what they said afterwards.</p>"));
        var html = $$"""
            <html><head><title>Story</title>
            <script type="application/ld+json">{"@type":"NewsArticle","name": "A Man Develops;{{css}}</script>
            <script>var x = "{{css}}";</script>
            </head><body><nav><a href="/">Home</a></nav><article><h1>Story</h1>{{paragraphs}}</article></body></html>
            """;
        var text = new ArticleExtractor().Extract(html, new Uri("https://news.example/story"));
        Assert.NotNull(text);
        Assert.Contains("Paragraph 1 of the story", text);
        Assert.Contains("Paragraph 6 of the story", text);
        Assert.DoesNotContain("burgerbar", text);
    }
}
