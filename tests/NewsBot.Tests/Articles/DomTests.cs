using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Core.Articles;

namespace NewsBot.Tests.Articles;

public class ArticleDomCleanerTests
{
    private const string Story =
        "<p>The ferry will leave the east quay every hour from March, the council said on Monday after a long debate.</p>"
        + "<p>Residents had collected more than two thousand signatures asking for the service to stay in place all year.</p>"
        + "<p>Tickets go on sale next week at the harbour office and on board, and season passes will cost less than before.</p>";

    private static IElement Article(string body) =>
        new HtmlParser().ParseDocument($"<html><body><article>{body}</article></body></html>").QuerySelector("article")!;

    [Fact]
    public void Removes_captions_share_bars_and_related_boxes_by_class_including_camel_case()
    {
        var article = Article(
            "<div class=\"shareBar\">Share Facebook Twitter</div>"
            + "<span class=\"newsCaption\">The quay at dawn <span class=\"credit\">(Image: Sample)</span></span>"
            + Story
            + "<div id=\"relatedLinks\"><a href=\"/a\">Island school celebrates</a></div>"
            + "<div class=\"post-meta\">Posted in Towns</div>");

        ArticleDomCleaner.Clean(article);

        var text = article.TextContent;
        Assert.DoesNotContain("Share", text, StringComparison.Ordinal);
        Assert.DoesNotContain("The quay at dawn", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Island school", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Posted in", text, StringComparison.Ordinal);
        Assert.Contains("every hour from March", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_removes_the_element_that_holds_the_story()
    {
        var article = Article($"<div class=\"entry-meta story-body\">{Story}</div><figure><figcaption>A boat</figcaption></figure>");

        ArticleDomCleaner.Clean(article);

        Assert.Contains("Tickets go on sale", article.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("A boat", article.TextContent, StringComparison.Ordinal);
    }
}

public class BlockWriterTests
{
    private static List<TextBlock> Write(string body) =>
        BlockWriter.Write(new HtmlParser().ParseDocument($"<html><body>{body}</body></html>").Body!);

    [Fact]
    public void Block_elements_and_line_breaks_end_blocks_and_inline_elements_do_not()
    {
        var blocks = Write("<p>One <b>bold</b> <i>line</i></p><div>Two<br>Three</div><h2>Four</h2><ul><li>Five</li></ul>");

        Assert.Equal(["One bold line", "Two", "Three", "Four", "Five"], blocks.Select(b => b.Text));
        Assert.Equal([BlockKind.Paragraph, BlockKind.Other, BlockKind.Other, BlockKind.Heading, BlockKind.ListItem], blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Table_rows_are_blocks_with_cells_side_by_side()
    {
        var blocks = Write("<table><tr><th>Pos</th><th>Player</th></tr><tr><td>DL</td><td>Sample Person</td></tr></table>");

        Assert.Equal(["Pos Player", "DL Sample Person"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Counts_link_text_and_skips_scripts_and_hidden_elements()
    {
        var blocks = Write("<p>Read <a href=\"/x\">the full report</a> here<script>var x = 1;</script><span style=\"display: none\">hidden</span></p>");

        var block = Assert.Single(blocks);
        Assert.Equal("Read the full report here", block.Text);
        Assert.InRange(block.LinkDensity, 0.55, 0.65);
        Assert.Equal(5, block.Words);
    }

    [Fact]
    public void Marks_text_that_directly_follows_an_image()
    {
        var blocks = Write("<div><img src=\"a.jpg\"></div><div>The quay at dawn</div><p>Story text <img src=\"b.jpg\"> goes on</p><p>More story</p>");

        Assert.Equal([true, false, false], blocks.Select(b => b.AfterImage));
    }
}
