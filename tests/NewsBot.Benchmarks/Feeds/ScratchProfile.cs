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
            while (sw.Elapsed.TotalSeconds < 8) n += FeedParser.Parse(b).Entries.Count;
            Console.WriteLine(n);
            return Task.FromResult(0);
        }
        foreach (var format in new[] { "rss", "atom" })
        {
            var bytes = format == "rss" ? GeneratedFeeds.Rss(2000) : GeneratedFeeds.Atom(2000);
            Time(format + " fast scan", () => { using var r = new Utf8XmlReader(bytes, 0); var n = 0; while (r.Read()) n++; return n; });
            Time(format + " fast scan+values", () => { using var r = new Utf8XmlReader(bytes, 0); var n = 0; while (r.Read()) n += r.Value.Length; return n; });
            Time(format + " full", () => FeedParser.Parse(bytes).Entries.Count);
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
