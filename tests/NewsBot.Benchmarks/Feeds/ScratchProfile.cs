using System.Diagnostics;
using NewsBot.Core.Feeds;
using NewsBot.Core.Feeds.Xml.Fast;

namespace NewsBot.Benchmarks.Feeds;

public sealed class ScratchProfile : IHarness
{
    public string Name => "scratch";
    public string Summary => "scratch";
    public Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0)
        {
            var b = args[0] == "rss" ? GeneratedFeeds.Rss(2000) : GeneratedFeeds.Atom(2000);
            var sw = Stopwatch.StartNew();
            var n = 0;
            while (sw.Elapsed.TotalSeconds < 8)
            {
                if (args.Length > 1) { using var r = new Utf8XmlReader(b, 0); while (r.Read()) n += r.Value.Length; }
                else n += FeedParser.Parse(b).Entries.Count;
            }
            Console.WriteLine(n);
            return Task.FromResult(0);
        }
        foreach (var format in new[] { "rss", "atom" })
        {
            var bytes = format == "rss" ? GeneratedFeeds.Rss(2000) : GeneratedFeeds.Atom(2000);
            {
                using var rr = new Utf8XmlReader(bytes, 0);
                var lens = new Dictionary<int, int>();
                while (rr.Read()) { if (rr.NodeType is System.Xml.XmlNodeType.Text or System.Xml.XmlNodeType.Whitespace) { var L = rr.Value.Length; lens[L] = lens.GetValueOrDefault(L) + 1; } }
                Console.WriteLine(format + ": " + string.Join(", ", lens.OrderBy(k => k.Key).Take(25).Select(k => $"{k.Key}:{k.Value}")));
            }
            Time(format + " fast scan", () => { using var r = new Utf8XmlReader(bytes, 0); var n = 0; while (r.Read()) n++; return n; });
            Time(format + " fast scan+values", () => { using var r = new Utf8XmlReader(bytes, 0); var n = 0; while (r.Read()) n += r.Value.Length; return n; });
            Time(format + " full", () => FeedParser.Parse(bytes).Entries.Count);
            var g0 = GC.CollectionCount(0); var g1 = GC.CollectionCount(1); var g2 = GC.CollectionCount(2);
            for (var i = 0; i < 100; i++) FeedParser.Parse(bytes);
            Console.WriteLine($"per 100 parses: gen0 {GC.CollectionCount(0) - g0} gen1 {GC.CollectionCount(1) - g1} gen2 {GC.CollectionCount(2) - g2}, pause {GC.GetTotalPauseDuration()}");
            var before = GC.GetAllocatedBytesForCurrentThread();
            FeedParser.Parse(bytes);
            Console.WriteLine($"{format} allocated {(GC.GetAllocatedBytesForCurrentThread() - before) / 1024} KiB for {bytes.Length / 1024} KiB of feed");
        }
        return Task.FromResult(0);
    }
    static void Time(string name, Func<int> f)
    {
        for (var i = 0; i < 5; i++) f();
        var best = double.MaxValue;
        var p = Process.GetCurrentProcess();
        for (var round = 0; round < 15; round++)
        {
            p.Refresh(); var s = p.TotalProcessorTime;
            for (var i = 0; i < 10; i++) f();
            p.Refresh(); best = Math.Min(best, (p.TotalProcessorTime - s).TotalMilliseconds / 10);
        }
        Console.WriteLine($"{name,-25} {best:F2} ms");
    }
}
