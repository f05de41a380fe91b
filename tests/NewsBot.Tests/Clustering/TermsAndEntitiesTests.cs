using NewsBot.Core.Stories.Clustering;

namespace NewsBot.Tests.Clustering;

public class TermsAndEntitiesTests
{
    [Fact]
    public void Terms_drop_stop_words_possessives_and_plurals()
    {
        Assert.Equal(["trump", "victim", "country", "crash", "usa"], Terms.Of("Trump's victims of the countries' crash in the U.S.A."));
    }

    [Fact]
    public void Wire_copy_titles_normalize_to_the_same_key()
    {
        Assert.Equal(Terms.NormalizedTitle("Erie smashes snowfall record"), Terms.NormalizedTitle("ERIE Smashes Snowfall Record"));
    }

    [Fact]
    public void Entities_are_capitalised_runs_but_not_sentence_openers_months_or_section_labels()
    {
        var found = Entities.Find("SCIENCE\nPolice said on Monday that Kimi Raikkonen crashed in Sao Paulo. Rain fell in March.")
            .Select(e => e.Surface).ToList();

        Assert.Contains("Kimi Raikkonen", found);
        Assert.Contains("Sao Paulo", found);
        Assert.DoesNotContain("Police", found);
        Assert.DoesNotContain("Rain", found);
        Assert.DoesNotContain("Monday", found);
        Assert.DoesNotContain("March", found);
        Assert.DoesNotContain("SCIENCE", found);
    }
}
