using System.ServiceModel.Syndication;
using System.Xml;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using NewsBot.Core.Feeds;

namespace NewsBot.Benchmarks.Feeds;

/// <summary>
/// Parse throughput on a generated 2,000-item feed: our FeedParser against CodeHollow.FeedReader, SyndicationFeed,
/// and a bare XmlReader scan of the same bytes (the ceiling). Per-item times (OperationsPerInvoke = items), so the
/// Op/s column reads as items/s. Run: dotnet run -c Release --project tests/NewsBot.Benchmarks -- --filter *FeedParse* --job short
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ItemsPerSecond))]
public class FeedParseBenchmarks
{
    private const int Items = 2000;
    private byte[] _bytes = [];

    [Params("rss", "atom")]
    public string Format { get; set; } = "rss";

    [GlobalSetup]
    public void Setup()
    {
        _bytes = Format == "rss" ? GeneratedFeeds.Rss(Items) : GeneratedFeeds.Atom(Items);
        var check = FeedParser.Parse(_bytes);
        if (check.Entries.Count != Items || check.Problems.Count != 0)
            throw new InvalidOperationException($"generated {Format} feed parsed into {check.Entries.Count} entries, problems: {string.Join("; ", check.Problems)}");
    }

    [Benchmark(OperationsPerInvoke = Items)]
    public int NewsBotFeedParser() => FeedParser.Parse(_bytes).Entries.Count;

    [Benchmark(OperationsPerInvoke = Items)]
    public int CodeHollowFeedReader() => CodeHollow.FeedReader.FeedReader.ReadFromByteArray(_bytes).Items.Count;

    [Benchmark(OperationsPerInvoke = Items)]
    public int SyndicationFeedLoad()
    {
        using var reader = XmlReader.Create(new MemoryStream(_bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return SyndicationFeed.Load(reader).Items.Count();
    }

    [Benchmark(OperationsPerInvoke = Items, Baseline = true)]
    public int BareXmlReaderScan()
    {
        using var reader = XmlReader.Create(new MemoryStream(_bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        var elements = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element) elements++;
        }
        return elements;
    }

    private sealed class ItemsPerSecond : ManualConfig
    {
        public ItemsPerSecond() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
