using NewsBot.Core.Digests;

namespace NewsBot.Tests.Digests;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Mr. Smith went to Washington. He stayed a week.", 2)]
    [InlineData("The U.S. economy grew 3.5 percent in the quarter. Analysts were surprised.", 2)]
    [InlineData("Gen. Mark Ellis and Sen. Dana Fry met on Jan. 5 at Acme Inc. headquarters. The talks went well.", 2)]
    [InlineData("Gov. Ruth Ames spoke first. John F. Kennedy was quoted twice.", 2)]
    [InlineData("The vote was close... But it passed. Nobody expected that.", 3)]
    [InlineData("She paused... and then she continued. The room was silent.", 2)]
    [InlineData("\"We are done.\" he said. The meeting ended.", 2)]
    [InlineData("\"Are we done?\" Smith asked. The meeting ended.", 2)]
    [InlineData("\"We are finished here,\" she said. \"Go home.\"", 2)]
    [InlineData("It happened in the U.S. The rest of the world watched.", 2)]
    [InlineData("First line without a stop\nSecond line.", 2)]
    public void Splits_where_sentences_really_end(string text, int expected)
    {
        Assert.Equal(expected, SentenceSplitter.Split(text).Count);
    }

    [Fact]
    public void Keeps_abbreviations_and_decimals_inside_their_sentence()
    {
        var sentences = SentenceSplitter.Split("Shares of Zeta Corp. rose 2.5 percent on Nov. 3 in the U.S. market. Then they fell.");

        Assert.Equal(["Shares of Zeta Corp. rose 2.5 percent on Nov. 3 in the U.S. market.", "Then they fell."], sentences);
    }

    [Fact]
    public void Spans_point_into_the_text()
    {
        const string text = "  One sentence here.  Another one there!\n";

        var spans = SentenceSplitter.Spans(text);

        Assert.Equal(["One sentence here.", "Another one there!"], spans.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void Empty_text_has_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split(" \n \n"));
    }
}
