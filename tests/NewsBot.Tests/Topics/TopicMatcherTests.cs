using NewsBot.Core.Topics;

namespace NewsBot.Tests.Topics;

public class TopicMatcherTests
{
    private static readonly TopicDefinition Syria = new()
    {
        Name = "syria", Keywords = ["Syria", "Damascus", "Idlib", "Astana", "Eastern Ghouta"], Adjectives = true,
    };

    private static IReadOnlyList<TopicMatch> Match(string title, string text = "", params TopicDefinition[] topics) =>
        new TopicMatcher(topics.Length == 0 ? [Syria] : topics).Match(new MatchInput(title, text));

    [Theory]
    [InlineData("Talks in Astana end", "astana")]
    [InlineData("SYRIA: ceasefire holds", "syria")]
    [InlineData("Syrian army advances", "syrian")]
    [InlineData("Idlib's hospitals overwhelmed", "idlib")]
    [InlineData("Fighting in Eastern Ghouta", "eastern ghouta")]
    [InlineData("progress toward an inter-Syrian dialogue", "syrian")]
    [InlineData("Aid reaches Dámascus", "damascus")]
    [InlineData("Syrians return home", "syrians")]
    public void Matches_words_inflections_phrases_and_folded_forms(string title, string matched)
    {
        var m = Assert.Single(Match(title));
        Assert.Equal("syria", m.Topic);
        Assert.Contains(matched, m.MatchedWords);
    }

    [Theory]
    [InlineData("Syriac manuscripts found")]
    [InlineData("Ghouta is a region")]
    [InlineData("Astanabad weather")]
    public void Does_not_match_inside_other_words_or_partial_phrases(string title) => Assert.Empty(Match(title));

    [Fact]
    public void Adjective_forms_only_when_declared()
    {
        var iran = new TopicDefinition { Name = "iran", Keywords = ["Iran"] };
        Assert.Empty(Match("Iranian officials said", "", iran));
        Assert.Single(Match("Iranian officials said", "", iran with { Adjectives = true }));
        var turkey = new TopicDefinition { Name = "turkey", Keywords = ["Turkey"], Adjectives = true };
        Assert.Single(Match("Turkish leader visits", "", turkey));
    }

    [Fact]
    public void Excluded_terms_rule_a_story_out()
    {
        var turkey = new TopicDefinition { Name = "turkey", Keywords = ["turkey"], Exclude = ["Thanksgiving"] };
        Assert.Empty(Match("How to roast a turkey", "Thanksgiving recipes", turkey));
        Assert.Single(Match("Turkey and Syria sign deal", "", turkey));
    }

    [Fact]
    public void A_story_can_match_several_topics_and_says_why()
    {
        var russia = new TopicDefinition { Name = "russia", Keywords = ["Russia", "Putin"], Adjectives = true };
        var matches = Match("Putin and Erdogan discuss Syria", "The Russian President spoke in Sochi.", Syria, russia);
        Assert.Equal(["syria", "russia"], matches.Select(m => m.Topic));
        Assert.Equal(["putin", "russian"], matches[1].MatchedWords.Order());
    }

    [Fact]
    public void Feed_and_language_filters_apply()
    {
        var onlyA = Syria with { Feeds = ["a"] };
        var matcher = new TopicMatcher([onlyA]);
        Assert.Empty(matcher.Match(new MatchInput("Syria news", "", FeedId: "b")));
        Assert.Single(matcher.Match(new MatchInput("Syria news", "", FeedId: "a")));
        var english = new TopicMatcher([Syria with { Language = "en" }]);
        Assert.Empty(english.Match(new MatchInput("Syria news", "", Language: "fr")));
        Assert.Single(english.Match(new MatchInput("Syria news", "", Language: "en-GB")));
    }
}
