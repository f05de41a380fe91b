using NewsBot.Core.Articles;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Articles;

public class PlainTextCleanerTests
{
    private static string Sample() =>
        File.ReadAllText(SharedData.PathTo(Path.Combine("samples", "syria-astana-2017-11-13.txt"))!);

    [SharedDataFact]
    public void Drops_the_furniture_of_the_example_story()
    {
        var cleaned = PlainTextCleaner.Clean(Sample());

        Assert.DoesNotContain("Russia\n", cleaned, StringComparison.Ordinal);
        Assert.False(cleaned.StartsWith("News", StringComparison.Ordinal), "section trail kept");
        Assert.DoesNotContain("(Photos by Reuters)", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("attends a news conference", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("Read More", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("alternate addresses", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("Roku", cleaned, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Keeps_the_headline_quotes_and_every_story_paragraph()
    {
        var cleaned = PlainTextCleaner.Clean(Sample());
        var paragraphs = cleaned.Split("\n\n");

        Assert.Equal("Cooperation with Iran, Turkey has been good for Syria: Putin", paragraphs[0]);
        Assert.Contains("continues to yield concrete results,\" Putin said", cleaned, StringComparison.Ordinal);
        Assert.Contains("under the auspices of the UN,\" added the Russian President.", cleaned, StringComparison.Ordinal);
        Assert.Contains("have made some contribution to reducing violence in this region.", cleaned, StringComparison.Ordinal);
        Assert.Contains("of the Syrian crisis, he added.", cleaned, StringComparison.Ordinal);
        Assert.Contains("Six rounds of the negotiations took place", cleaned, StringComparison.Ordinal);
        Assert.EndsWith("build up on the results of the May agreements.", paragraphs[^1]);
        Assert.Equal(11, paragraphs.Length);
    }

    [Fact]
    public void Cleans_a_plain_text_page_written_for_the_test()
    {
        const string page = """
            Home / Towns

            Ferry timetable approved

            The ferry will leave the east quay every hour from March, the council said on Monday.
            The harbour master welcomes passengers at the quay. (Photo by Sample Person)
            Read more: Island school celebrates its hundredth pupil
            Tickets go on sale next week at the harbour office and on board.

            Follow us on Twitter for more news.
            """;

        var cleaned = PlainTextCleaner.Clean(page);

        Assert.Equal(
            "Ferry timetable approved\n\nThe ferry will leave the east quay every hour from March, the council said on Monday.\n\n"
            + "Tickets go on sale next week at the harbour office and on board.",
            cleaned);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n ")]
    public void Empty_text_gives_empty_text(string text)
    {
        Assert.Equal("", PlainTextCleaner.Clean(text));
    }
}
