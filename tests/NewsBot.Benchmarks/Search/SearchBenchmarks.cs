using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Microsoft.Data.Sqlite;

namespace NewsBot.Benchmarks.Search;

/// <summary>
/// `/latest &lt;words&gt;` over 100,000 generated stories through LatestCommand and the SQLite store, one case per query,
/// with median, P95 and P99 columns. `dotnet run -c Release --project tests/NewsBot.Benchmarks -- --filter *SearchBenchmarks*`
/// (the corpus is built once into the temp folder by the first run, or by the `search` harness).
/// </summary>
[Config(typeof(PercentileConfig))]
public class SearchBenchmarks
{
    private SearchQueries _queries = null!;

    [ParamsSource(nameof(Queries))]
    public string Words { get; set; } = "";

    public static IEnumerable<string> Queries => SearchQueries.All;

    [GlobalSetup]
    public void Setup() => _queries = new SearchQueries(SearchCorpusStore.OpenAsync(100_000, Console.Out).GetAwaiter().GetResult());

    [GlobalCleanup]
    public void Cleanup() => SqliteConnection.ClearAllPools();

    [Benchmark]
    public Task<int> Latest() => _queries.RunAsync(Words);

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig()
        {
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, new P99Column());
        }
    }

    /// <summary>BenchmarkDotNet has P95 built in but not P99: this column reads it from the same statistics.</summary>
    private sealed class P99Column : IColumn
    {
        public string Id => "P99";
        public string ColumnName => "P99";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Statistics;
        public int PriorityInCategory => 10;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Time;
        public string Legend => "Percentile 99: 99% of the measurements are at or under this value";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            return statistics is null ? "NA" : $"{statistics.Percentiles.Percentile(99) / 1_000_000.0:F3} ms";
        }

        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
