using NewsBot.Core.Digests;

namespace NewsBot.Tests.Digests;

public sealed class DigestBuilderTests
{
    [Fact]
    public void Named_speakers_first_at_most_four_without_fragments_or_repeats()
    {
        FoundQuote Q(string text, string? speaker) => new(0, text.Length, text, speaker);
        var quotes = new[]
        {
            Q("An unattributed remark about the weather today,", null),
            Q("We will build it,", "Ana Lindqvist"),
            Q("too short", "Ana Lindqvist"),
            Q("We will build it,", "Ana Lindqvist"),
            Q("The pier is the heart of this town and always was,", "Tomas Brandt"),
            Q("Nobody asked the fishermen what they wanted at all,", "Irena Sokol"),
            Q("the heart of this town", "Tomas Brandt"),
            Q("Costs will rise before they fall again next year,", "Priya Nair"),
            Q("A fifth named quote that does not fit in the digest,", "Rhea Lund"),
        };

        var picked = DigestBuilder.PickKeyQuotes(quotes);

        Assert.Equal(
        [
            new DigestQuote("We will build it", "Ana Lindqvist"),
            new DigestQuote("The pier is the heart of this town and always was", "Tomas Brandt"),
            new DigestQuote("Nobody asked the fishermen what they wanted at all", "Irena Sokol"),
            new DigestQuote("Costs will rise before they fall again next year", "Priya Nair"),
        ], picked);
    }

    [Fact]
    public void Builds_a_digest_from_a_fixture_story()
    {
        var text = File.ReadAllText(QuoteCaseFixtures.PathOf("harbor-story.txt"));
        var builder = new DigestBuilder(new QuoteFinder(), new LeadSummarizer());

        var digest = builder.Build(new StoryText("Nordvik will rebuild its pier", text, "Sample Wire", null, "https://example.invalid/pier"));

        Assert.StartsWith("The town council of Nordvik voted", digest.Summary);
        Assert.Equal(["Ana Lindqvist", "Tomas Brandt", "Tomas Brandt", "Ana Lindqvist"], digest.Quotes.Select(q => q.Speaker));
        Assert.DoesNotContain(digest.Quotes, q => q.Text.Contains("Heart of the Harbor", StringComparison.Ordinal));
    }
}
