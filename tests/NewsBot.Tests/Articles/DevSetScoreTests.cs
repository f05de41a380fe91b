using System.IO.Compression;
using System.Text.Json;
using NewsBot.Core.Articles;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Articles;

/// <summary>Runs the extractor over the 105 dev pages of the article-extraction benchmark in ../shared.</summary>
public class DevSetScoreTests
{
    private const string DataDir = "data/article-extraction/dev";

    [SharedDataFact]
    public void Dev_pages_score_above_the_floor()
    {
        var dir = SharedData.PathTo(DataDir)!;
        using var truthJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "ground-truth.json")));
        var extractor = new ArticleExtractor();
        var pages = new List<(string, string?)>();
        foreach (var page in truthJson.RootElement.EnumerateObject())
        {
            var truth = page.Value.GetProperty("articleBody").GetString() ?? "";
            var url = new Uri(page.Value.GetProperty("url").GetString()!);
            var html = ReadGzip(Path.Combine(dir, "html", page.Name + ".html.gz"));
            pages.Add((truth, extractor.Extract(html, url)));
        }

        var score = ShingleScore.Score(pages);

        Assert.Equal(105, pages.Count);
        // measured 0.982 F1 (P 0.984, R 0.979) with SmartReader 0.11.1; plain SmartReader scores 0.958 (P 0.929)
        Assert.True(score.F1 >= 0.975, $"F1 {score.F1:F3} (P {score.Precision:F3}, R {score.Recall:F3}) fell under 0.975");
        Assert.True(score.Precision >= 0.975, $"precision {score.Precision:F3} fell under 0.975");
        Assert.True(score.Recall >= 0.97, $"recall {score.Recall:F3} fell under 0.97");
    }

    [Fact]
    public void Scorer_matches_the_benchmark_definition()
    {
        var exact = ShingleScore.Score([("one two three four five", "one two three four five")]);
        Assert.Equal(1.0, exact.F1, 6);

        // truth shingles: (a b c d) (b c d e); prediction adds (c d e x): P = 2/3, R = 1
        var extra = ShingleScore.Score([("a b c d e", "a b c d e x")]);
        Assert.Equal(2.0 / 3, extra.Precision, 6);
        Assert.Equal(1.0, extra.Recall, 6);

        // an empty prediction costs recall only
        var empty = ShingleScore.Score([("a b c d e", "a b c d e"), ("f g h i", null)]);
        Assert.Equal(1.0, empty.Precision, 6);
        Assert.Equal(0.5, empty.Recall, 6);
    }

    [Fact]
    public void Short_texts_make_one_shingle_and_underscores_are_word_characters()
    {
        Assert.Single(ShingleScore.Bag("two words"));
        Assert.Single(ShingleScore.Bag("___ and café à"));
        Assert.Equal(2, ShingleScore.Bag("snake_case tokens stay whole here").Values.Sum());
    }

    private static string ReadGzip(string path)
    {
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
