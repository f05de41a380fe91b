using System.Text;
using NewsBot.Core.Articles;

namespace NewsBot.Tests.Articles;

public class ArticleExtractorTests
{
    private static readonly Uri PageUrl = new("https://gazette.example/news/towns/floating-library");

    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles", name));

    [Fact]
    public void Keeps_the_story_paragraphs_in_order()
    {
        var text = new ArticleExtractor().Extract(Fixture("news-page.html"), PageUrl);

        Assert.NotNull(text);
        var paragraphs = text.Split("\n\n");
        Assert.Equal(5, paragraphs.Length);
        Assert.StartsWith("The fictional harbour town of Sandmere", paragraphs[0]);
        Assert.StartsWith("\"People told us", paragraphs[2]);
        Assert.StartsWith("Librarians said the first week", paragraphs[4]);
    }

    [Theory]
    [InlineData("Home")]                       // site menu
    [InlineData("Contact us")]                 // site menu
    [InlineData("News / Towns")]               // breadcrumb trail
    [InlineData("By Imaginary Reporter")]      // byline
    [InlineData("Published:")]                 // date stamp
    [InlineData("Share this")]                 // share bar
    [InlineData("Getty Images")]               // photo caption with credit
    [InlineData("moored at the east quay")]    // photo caption
    [InlineData("Read more:")]                 // teaser line
    [InlineData("Related stories")]            // related box
    [InlineData("Island school celebrates")]   // related link
    [InlineData("Sign up")]                    // newsletter box
    [InlineData("inbox")]                      // newsletter box
    [InlineData("covers towns and transport")] // author footer
    [InlineData("Tags:")]                      // tag list
    [InlineData("All rights reserved")]        // site footer
    [InlineData("Privacy")]                    // site footer
    public void Drops_page_furniture(string furniture)
    {
        var text = new ArticleExtractor().Extract(Fixture("news-page.html"), PageUrl);

        Assert.NotNull(text);
        Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_broken_html()
    {
        var text = new ArticleExtractor().Extract(Fixture("broken-page.html"), null);

        Assert.NotNull(text);
        Assert.Contains("imaginary lighthouse keeper should still come through intact.", text, StringComparison.Ordinal);
        Assert.Contains("counted ships for forty years", text, StringComparison.Ordinal);
        Assert.Contains("above the rocks at the mouth of the harbour.", text, StringComparison.Ordinal);
        Assert.Contains("\n\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html><head><title>x</title></head><body></body></html>")]
    [InlineData("<html><body><nav><a href='/'>Home</a></nav></body></html>")]
    [InlineData("\0\0\0 not html at all \u0001")]
    public void Empty_or_textless_pages_give_null(string html)
    {
        Assert.Null(new ArticleExtractor().Extract(html, PageUrl));
    }

    [Fact]
    public void Hostile_nesting_gives_null_without_throwing()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 20_000; i++)
            html.Append("<div>");
        html.Append("<p>Deep inside a tower of unclosed div elements sits one sentence that a hostile page might hide from the parser.</p>");
        html.Append("</body></html>");

        Assert.Null(new ArticleExtractor().Extract(html.ToString(), PageUrl));
    }

    [Fact]
    public void Ordinary_nesting_is_read()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 60; i++)
            html.Append("<div class=\"wrap\">");
        html.Append("<p>Sixty wrappers deep sits a sentence that a clumsy but honest page template might produce around its story.</p>");
        html.Append("<p>A second paragraph follows it, so that the reader has enough text to treat the block as an article body.</p>");
        html.Append("</body></html>");

        var text = new ArticleExtractor().Extract(html.ToString(), PageUrl);

        Assert.NotNull(text);
        Assert.Contains("Sixty wrappers deep", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_pages_are_cut_at_the_limit_and_still_give_the_story()
    {
        var story = Fixture("news-page.html");
        var cut = story.IndexOf("<p>Librarians said", StringComparison.Ordinal);
        var padding = new StringBuilder();
        while (padding.Length < 200_000)
            padding.Append("<p>Filler paragraph past the size limit that the extractor must never read.</p>\n");
        var html = story.Insert(cut, padding.ToString());

        var text = new ArticleExtractor(maxHtmlChars: cut + 1000).Extract(html, PageUrl);

        Assert.NotNull(text);
        Assert.Contains("converted grain barge", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Librarians said", text, StringComparison.Ordinal);
        Assert.True(text.Split("Filler paragraph").Length < 20, "read past the limit");
    }

    [Fact]
    public void The_default_limit_applies_without_arguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleExtractor(0));
        Assert.Equal(3_000_000, ArticleExtractor.DefaultMaxHtmlChars);
    }
}
