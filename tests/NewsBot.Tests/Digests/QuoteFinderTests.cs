using NewsBot.Core.Digests;

namespace NewsBot.Tests.Digests;

public sealed class QuoteFinderTests
{
    private readonly QuoteFinder _finder = new();

    [Theory]
    [MemberData(nameof(QuoteCaseFixtures.Names), MemberType = typeof(QuoteCaseFixtures))]
    public void Finds_each_quote_style_with_its_speaker(string name)
    {
        var c = QuoteCaseFixtures.Get(name);

        var found = _finder.Find(c.Text);

        Assert.Equal(c.Quotes.Select(q => (q.Text, q.Speaker)), found.Select(q => (q.Text, q.Speaker)));
    }

    [Fact]
    public void Offsets_are_the_words_inside_the_marks()
    {
        const string text = "Intro line.\n\u201cWe will win this race,\u201d said Ola Berg.";

        var q = Assert.Single(_finder.Find(text));

        Assert.Equal("We will win this race,", text[q.Start..q.End]);
        Assert.Equal(q.Text, text[q.Start..q.End]);
    }

    [Fact]
    public void Empty_or_markless_text_has_no_quotes()
    {
        Assert.Empty(_finder.Find(""));
        Assert.Empty(_finder.Find("Nothing is quoted here. Not even once."));
    }

    [Fact]
    public void Unbalanced_marks_do_not_throw()
    {
        var text = "\u201d\u201c\"''\u00bb\u00ab\u201e \" said \u201c Mr. \n\n\"";

        var found = _finder.Find(text);

        Assert.All(found, q => Assert.InRange(q.Start, 0, q.End));
    }

    [Fact]
    public void Speaker_is_the_full_name_as_first_introduced()
    {
        const string text = "Senator Ruth Okafor, a Democrat, led the hearing.\n\n"
                            + "\"This committee will not be rushed by anyone,\" Okafor said.";

        var q = Assert.Single(_finder.Find(text));

        Assert.Equal("Ruth Okafor", q.Speaker);
    }

    [Fact]
    public void Appositive_between_name_and_cue_is_skipped()
    {
        const string text = "Shares slid.\n\n\"The quarter was weaker than the market had hoped,\" Mark Haller, an analyst at Ostbank, said.";

        var q = Assert.Single(_finder.Find(text));

        Assert.Equal("Mark Haller", q.Speaker);
    }
}
