using System.Diagnostics;
using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using NewsBot.Core.Feeds;

namespace NewsBot.Benchmarks.Feeds;

/// <summary>
/// `-- feedparse [rounds]`: the same contenders as <see cref="FeedParseBenchmarks"/>, timed by process CPU time
/// (best of N rounds of 10 parses), which stays readable on a machine shared with other work where wall-clock
/// benchmark runs swing widely. Prints items/s and the ratios the feed parser is held to.
/// </summary>
public sealed class FeedParseHarness : IHarness
{
    private const int Items = 2000;

    public string Name => "feedparse";

    public string Summary => "feed parse throughput by CPU time: NewsBot vs CodeHollow vs SyndicationFeed vs bare XmlReader";

    public Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 15;
        Console.WriteLine($"{"format",-6} {"parser",-22} {"items/s",12} {"ms/feed",9}");
        foreach (var format in new[] { "rss", "atom" })
        {
            var bytes = format == "rss" ? GeneratedFeeds.Rss(Items) : GeneratedFeeds.Atom(Items);
            var ours = Measure(format, "NewsBotFeedParser", rounds, () => FeedParser.Parse(bytes).Entries.Count);
            var hollow = Measure(format, "CodeHollowFeedReader", rounds, () => CodeHollow.FeedReader.FeedReader.ReadFromByteArray(bytes).Items.Count);
            var syndication = Measure(format, "SyndicationFeedLoad", rounds, () =>
            {
                using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
                return SyndicationFeed.Load(reader).Items.Count();
            });
            var bare = Measure(format, "BareXmlReaderScan", rounds, () =>
            {
                using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
                var count = 0;
                while (reader.Read()) count++;
                return count;
            });
            var fasterLibrary = Math.Min(hollow, syndication);
            Console.WriteLine($"{format}: NewsBot is {fasterLibrary / ours:F2}x the faster library and {bare / ours:P0} of the bare scan");
        }
        return Task.FromResult(0);
    }

    /// <summary>Best CPU milliseconds per parse over the rounds; prints items/s.</summary>
    private static double Measure(string format, string name, int rounds, Func<int> parse)
    {
        // Warm up until the JIT has settled (tiered compilation recompiles hot code after 30 calls and a short delay).
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(2)) parse();
        var process = Process.GetCurrentProcess();
        var best = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            process.Refresh();
            var start = process.TotalProcessorTime;
            for (var i = 0; i < 10; i++) parse();
            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - start).TotalMilliseconds / 10);
        }
        Console.WriteLine($"{format,-6} {name,-22} {Items / best * 1000,12:N0} {best,9:F2}");
        return best;
    }
}
