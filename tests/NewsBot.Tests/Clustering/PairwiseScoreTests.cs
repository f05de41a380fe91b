namespace NewsBot.Tests.Clustering;

public class PairwiseScoreTests
{
    private static readonly Dictionary<string, string> Gold = new()
    {
        ["a"] = "x", ["b"] = "x", ["c"] = "x", ["d"] = "y", ["e"] = "y",
    };

    [Fact]
    public void Gold_against_itself_is_perfect()
    {
        var s = PairwiseScore.Of(Gold, Gold);
        Assert.Equal((1.0, 1.0, 1.0), (s.Precision, s.Recall, s.F1));
    }

    [Fact]
    public void All_in_one_cluster_counts_wrong_pairs()
    {
        var s = PairwiseScore.Of(Gold, Gold.Keys.ToDictionary(k => k, _ => "one"));
        Assert.Equal(10, s.PredictedPairs);
        Assert.Equal(4, s.GoldPairs);
        Assert.Equal(0.4, s.Precision, 6);
        Assert.Equal(1.0, s.Recall, 6);
    }

    [Fact]
    public void Missing_predictions_are_singletons()
    {
        var s = PairwiseScore.Of(Gold, new Dictionary<string, string> { ["a"] = "p", ["b"] = "p" });
        Assert.Equal(1.0, s.Precision, 6);
        Assert.Equal(0.25, s.Recall, 6);
    }
}
