using NewsBot.Core.Digests;

namespace NewsBot.Tests.Digests;

public sealed class LeadSummarizerTests
{
    private readonly LeadSummarizer _summarizer = new();

    [Fact]
    public void Skips_section_trail_title_caption_and_dateline()
    {
        const string title = "Harbor town votes to rebuild its old pier";
        const string text = "News / Towns\n\nHarbor town votes to rebuild its old pier\n\n"
                            + "Mayor Ana Lindqvist speaks at the town hall in Nordvik, Norland March 3, 2024. (Photo by Staff)\n\n"
                            + "NORDVIK (Sample Wire) — The town council of Nordvik voted on Monday to rebuild the old pier that a storm destroyed last winter.\n\n"
                            + "The new pier will cost about 4.2 million crowns and should open next summer.";

        var summary = _summarizer.Summarize(title, text, []);

        Assert.Equal("The town council of Nordvik voted on Monday to rebuild the old pier that a storm destroyed last winter. "
                     + "The new pier will cost about 4.2 million crowns and should open next summer.", summary);
    }

    [Fact]
    public void Does_not_repeat_a_sentence_the_quotes_show()
    {
        const string text = "The council approved the budget on Tuesday after a long debate.\n\n"
                            + "\"This budget protects every school in the district,\" Mayor Ana Lindqvist said.\n\n"
                            + "Taxes will rise by one percent for most households next year.";
        var quotes = new QuoteFinder().Find(text);

        var summary = _summarizer.Summarize("Budget approved", text, quotes);

        Assert.DoesNotContain("protects every school", summary);
        Assert.Contains("Taxes will rise", summary);
    }

    [Fact]
    public void Stays_within_the_length_limit()
    {
        var longSentence = "The committee " + string.Concat(Enumerable.Repeat("examined the long report again and ", 20)) + "agreed.";

        var summary = _summarizer.Summarize("T", longSentence + " Second sentence is here for sure.", []);

        Assert.InRange(summary.Length, 1, LeadSummarizer.MaxLength);
    }

    [Fact]
    public void Skips_boilerplate_lines()
    {
        const string text = "Read More:\n\nFollow Sample Wire on Twitter for more updates every day.\n\n"
                            + "Rain flooded three streets in the old town center overnight.";

        Assert.Equal("Rain flooded three streets in the old town center overnight.", _summarizer.Summarize("Floods", text, []));
    }
}
