using NewsBot.Core.Articles;

namespace NewsBot.Tests.Articles;

public class BlockFilterTests
{
    private static TextBlock P(string text, int linkChars = 0) => new(text, BlockKind.Paragraph, linkChars);

    private const string Story1 = "The council voted on Monday to keep the ferry running through the winter months, ending a long dispute.";
    private const string Story2 = "Residents had collected more than two thousand signatures asking for the service to stay in place.";

    [Fact]
    public void Drops_link_lists_and_keeps_paragraphs_with_a_few_links()
    {
        const string linked = "Island school celebrates its hundredth pupil";
        var blocks = new[] { P(Story1, 20), P(linked, linked.Length), P(Story2) };

        var kept = BlockFilter.Filter(blocks).Select(b => b.Text).ToList();

        Assert.Equal([Story1, Story2], kept);
    }

    [Fact]
    public void Drops_repeated_short_lines_and_duplicate_paragraphs()
    {
        var blocks = new[] { P("Whatsapp Facebook Pinterest"), P(Story1), P("Whatsapp Facebook Pinterest"), P(Story2), P(Story1) };

        var kept = BlockFilter.Filter(blocks).Select(b => b.Text).ToList();

        Assert.Equal([Story1, Story2], kept);
    }

    [Fact]
    public void Trims_stray_short_lines_at_the_edges_but_keeps_subheads_and_lists()
    {
        var blocks = new[]
        {
            P("Local news"), P("Jane Sample"), P(Story1),
            new TextBlock("What happens next", BlockKind.Heading, 0), P(Story2),
            new TextBlock("Monday: east quay", BlockKind.ListItem, 0),
            P("Jane Sample"),
        };

        var kept = BlockFilter.Filter(blocks).Select(b => b.Text).ToList();

        Assert.Equal([Story1, "What happens next", Story2, "Monday: east quay"], kept);
    }

    [Fact]
    public void A_long_run_of_short_lines_at_the_end_is_a_list_and_stays()
    {
        var dates = new[] { "June 26 -- Arena One, Springfield", "June 27 -- Arena Two, Shelbyville", "June 29 -- Arena Three, Ogdenville", "June 30 -- Arena Four, North Haverbrook" };
        var blocks = new[] { P(Story1), P(Story2) }.Concat(dates.Select(d => P(d))).ToList();

        var kept = BlockFilter.Filter(blocks).Select(b => b.Text).ToList();

        Assert.Equal(6, kept.Count);
        Assert.Equal(dates[^1], kept[^1]);
    }

    [Fact]
    public void Drops_short_text_under_an_image_but_keeps_paragraphs_there()
    {
        var caption = new TextBlock("The keyboard of the new sample laptop via a teardown site", BlockKind.Other, 0) { AfterImage = true };
        var paragraph = new TextBlock(Story2, BlockKind.Paragraph, 0) { AfterImage = true };

        var kept = BlockFilter.Filter([P(Story1), caption, paragraph]).Select(b => b.Text).ToList();

        Assert.Equal([Story1, Story2], kept);
    }

    [Fact]
    public void Keeps_underscore_rules_that_separate_sections()
    {
        var kept = BlockFilter.Filter([P(Story1), P("___"), P(Story2)]).Select(b => b.Text).ToList();

        Assert.Equal([Story1, "___", Story2], kept);
    }

    [Fact]
    public void Chinese_and_japanese_paragraphs_count_as_running_text()
    {
        const string chinese = "市议会周一投票决定冬季继续运营渡轮，结束了长期的争论。";
        const string japanese = "市議会は月曜日、冬の間もフェリーの運航を続けることを決めた。";

        Assert.True(new TextBlock(chinese, BlockKind.Paragraph, 0).Words >= 20);
        var kept = BlockFilter.Filter([P("新闻"), P(chinese, 6), P(japanese)]).Select(b => b.Text).ToList();

        Assert.Equal([chinese, japanese], kept);
    }
}
