using System.Text.Json;
using NewsBot.Cli;

namespace NewsBot.Tests.Clustering;

public class ClusterCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsbot-cluster-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public async Task Batch_writes_one_cluster_line_per_item_and_reports_bad_lines()
    {
        var input = Path.Combine(_dir, "in.jsonl");
        var output = Path.Combine(_dir, "pred.jsonl");
        var lines = File.ReadAllLines(ClusteringFixture.StoriesPath).ToList();
        lines.Insert(2, "{broken");
        await File.WriteAllLinesAsync(input, lines);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var code = await new ClusterCommand().RunAsync(["--batch", input, "--out", output], new CliContext(stdout, stderr, CancellationToken.None));

        Assert.Equal(1, code);
        Assert.Contains("in.jsonl:3: not JSON", stderr.ToString());
        var predicted = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("cluster").GetString()!);
        Assert.Equal(7, predicted.Count);
        Assert.Equal(predicted["quake-1"], predicted["quake-2"]);
        Assert.NotEqual(predicted["quake-1"], predicted["budget-1"]);
        Assert.Contains("7 items -> 4 clusters", stdout.ToString());
    }

    [Fact]
    public async Task Missing_arguments_and_bad_options_exit_with_usage_errors()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var context = new CliContext(stdout, stderr, CancellationToken.None);

        Assert.Equal(2, await new ClusterCommand().RunAsync([], context));
        Assert.Equal(2, await new ClusterCommand().RunAsync(["--batch", ClusteringFixture.StoriesPath, "--out", Path.Combine(_dir, "p"), "--threshold", "2"], context));
        Assert.Contains("--threshold must be a number in (0, 1]", stderr.ToString());
        Assert.Equal(2, await new ClusterCommand().RunAsync(["--batch", ClusteringFixture.StoriesPath, "--out", Path.Combine(_dir, "p"), "--word-weight", "-1"], context));
        Assert.Contains("option out of range", stderr.ToString());
        Assert.False(File.Exists(Path.Combine(_dir, "p")));
    }
}
