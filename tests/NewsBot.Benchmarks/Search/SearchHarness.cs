using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace NewsBot.Benchmarks.Search;

/// <summary>
/// NewsBot issue 5: `/latest &lt;words&gt;` over N stored stories (SQLite FTS5) through LatestCommand and SqlStore.
/// Each query runs 20 times to warm up, then --runs times; median, p95, p99 and max are printed (target: under 50 ms).
/// `dotnet run -c Release --project tests/NewsBot.Benchmarks -- search [--stories 100000] [--runs 200]`
/// The BenchmarkDotNet version is SearchBenchmarks (`-- --filter *SearchBenchmarks*`).
/// </summary>
public sealed class SearchHarness : IHarness
{
    private const double TargetMs = 50;

    public string Name => "search";

    public string Summary => "/latest <words> over 100,000 stories (SQLite FTS5): median and p99 per query";

    public async Task<int> RunAsync(string[] args)
    {
        var count = HarnessArgs.Int(args, "--stories", 100_000);
        var runs = HarnessArgs.Int(args, "--runs", 200);
        var store = await SearchCorpusStore.OpenAsync(count, Console.Out);
        var queries = new SearchQueries(store);
        var matches = await MatchCountsAsync(store, count);
        Console.WriteLine($"search: /latest <words> over {await store.CountStoriesAsync(CancellationToken.None)} stories, {runs} runs per query (ms)");
        Console.WriteLine($"  {"query",-24} {"matches",8} {"shown",5} {"median",8} {"p95",8} {"p99",8} {"max",8}");
        var worstP99 = 0.0;
        foreach (var words in SearchQueries.All)
        {
            var shown = 0;
            for (var i = 0; i < 20; i++)
                shown = await queries.RunAsync(words);
            var times = new double[runs];
            for (var i = 0; i < runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await queries.RunAsync(words);
                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
            Array.Sort(times);
            var p99 = Percentile(times, 0.99);
            worstP99 = Math.Max(worstP99, p99);
            Console.WriteLine($"  {words,-24} {matches[words],8} {shown,5} {Percentile(times, 0.5),8:F2} {Percentile(times, 0.95),8:F2} {p99,8:F2} {times[^1],8:F2}");
        }
        Console.WriteLine($"  worst p99 {worstP99:F1} ms; target under {TargetMs} ms: {(worstP99 < TargetMs ? "met" : "NOT met")}");
        SqliteConnection.ClearAllPools();
        return worstP99 < TargetMs ? 0 : 1;
    }

    /// <summary>How many stories contain all the query's words (or any, when none contains all), for the table.</summary>
    private static async Task<Dictionary<string, long>> MatchCountsAsync(NewsBot.Storage.SqlStore store, int stories)
    {
        await using var c = new SqliteConnection($"Data Source={SearchCorpusStore.FileOf(stories)};Mode=ReadOnly;Pooling=False");
        await c.OpenAsync();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var words in SearchQueries.All)
        {
            var terms = words.Split(' ');
            long n = 0;
            foreach (var matchAll in new[] { true, false })
            {
                await using var command = c.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM stories_fts WHERE stories_fts MATCH $q";
                command.Parameters.AddWithValue("$q", store.Dialect.BuildSearchQuery(terms, matchAll));
                n = (long)(await command.ExecuteScalarAsync())!;
                if (n > 0 || terms.Length == 1)
                    break;
            }
            counts[words] = n;
        }
        return counts;
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    internal static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
