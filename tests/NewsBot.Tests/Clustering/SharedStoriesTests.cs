using NewsBot.Core.Stories.Clustering;
using NewsBot.Tests.Support;
using Xunit.Abstractions;

namespace NewsBot.Tests.Clustering;

/// <summary>
/// Floors on the labelled dev files in ../shared/data/stories, a little under what the default options reach
/// (measured with score.py: newscluster P=1.000 R=0.930 F1=0.964; basil P=1.000 R=0.970 F1=0.985).
/// </summary>
public class SharedStoriesTests(ITestOutputHelper output)
{
    [SharedDataTheory]
    [InlineData("newscluster-dev.jsonl", 0.95, 0.97)]
    [InlineData("basil-dev.jsonl", 0.97, 0.98)]
    public void Pairwise_scores_stay_above_their_floors(string file, double minF1, double minPrecision)
    {
        var rows = ClusteringFixture.Read(SharedData.PathTo(Path.Combine("data", "stories", file))!);
        var decisions = ClusteringFixture.Run(rows.Select(r => r.Item));

        var score = PairwiseScore.Of(
            rows.ToDictionary(r => r.Item.Id, r => r.Gold),
            decisions.ToDictionary(kv => kv.Key, kv => kv.Value.ClusterId));
        output.WriteLine($"{file}: pairwise {score}");

        Assert.True(score.F1 >= minF1, $"{file}: pairwise F1 {score.F1:0.000} < {minF1}");
        Assert.True(score.Precision >= minPrecision, $"{file}: pairwise precision {score.Precision:0.000} < {minPrecision}");
    }
}
