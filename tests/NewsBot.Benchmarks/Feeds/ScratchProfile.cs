using System.Diagnostics;
using NewsBot.Core.Feeds;
using NewsBot.Core.Feeds.Dates;
using NewsBot.Core.Feeds.Xml.Fast;

namespace NewsBot.Benchmarks.Feeds;

public sealed class ScratchProfile : IHarness
{
    public string Name => "scratch";
    public string Summary => "scratch";
    public Task<int> RunAsync(string[] args)
    {
        if (args.Length == 2 && int.TryParse(args[1], out var count))
        {
            var doc = args[0] == "rss" ? GeneratedFeeds.Rss(2000) : GeneratedFeeds.Atom(2000);
            var total = 0;
            for (var i = 0; i < count; i++) total += FeedParser.Parse(doc).Entries.Count;
            Console.WriteLine(total);
            return Task.FromResult(0);
        }
        if (args.Length > 0)
        {
            var b = args[0] == "rss" ? GeneratedFeeds.Rss(2000) : GeneratedFeeds.Atom(2000);
            var sw = Stopwatch.StartNew();
            var n = 0;
            while (sw.Elapsed.TotalSeconds < 8)
            {
                if (args[0] == "dates") { for (var i = 0; i < 4000; i++) n += FeedDate.Parse("2026-01-01T00:00:00Z", out _)!.Value.Second; }
                else if (args.Length > 1) { using var r = new Utf8XmlReader(b, 0, DocumentTraits.Of(b)); while (r.Read()) n += r.Value.Length; }
                else n += FeedParser.Parse(b).Entries.Count;
            }
            Console.WriteLine(n);
            return Task.FromResult(0);
        }
        {
            var summary = System.Text.Encoding.UTF8.GetBytes("&lt;p&gt;The city council met on Tuesday to discuss item 1234. &lt;a href=\"https://news.example.com/1234\"&gt;Read more&lt;/a&gt; about the &lt;b&gt;budget&lt;/b&gt;, the transit plan and what it means for residents.&lt;/p&gt;");
            var title = System.Text.Encoding.UTF8.GetBytes("Story number 1234: council votes on the new budget &amp; transit plan");
            var href = System.Text.Encoding.UTF8.GetBytes("https://news.example.com/2026/01/story-1234.html");
            var buf = new char[16];
            Time("2000 summaries", () => { var n = 0; for (var i = 0; i < 2000; i++) n += Utf8Values.Decode(summary, false, ref buf).Length; return n; });
            Time("2000 titles", () => { var n = 0; for (var i = 0; i < 2000; i++) n += Utf8Values.Decode(title, false, ref buf).Length; return n; });
            Time("2000 hrefs", () => { var n = 0; for (var i = 0; i < 2000; i++) n += Utf8Values.Decode(href, true, ref buf).Length; return n; });
            Time("4000 iso only", () => { var n = 0; for (var i = 0; i < 4000; i++) { var pp = default(DateParts); n += IsoDate.TryParse("2026-01-01T00:00:00Z", ref pp) ? pp.Day : 0; } return n; });
            Time("4000 to-dto only", () => { var n = 0; var pp = default(DateParts); IsoDate.TryParse("2026-01-01T00:00:00Z", ref pp); for (var i = 0; i < 4000; i++) { n += pp.ToDateTimeOffset()!.Value.Second; } return n; });
            Time("4000 to-dto varied", () => { var n = 0; var pp = default(DateParts); IsoDate.TryParse("2026-01-01T00:00:00Z", ref pp); for (var i = 0; i < 4000; i++) { pp.Day = 1 + (i & 15); n += pp.ToDateTimeOffset()!.Value.Second; } return n; });
            Time("4000 trim+iso+dto", () => { var n = 0; for (var i = 0; i < 4000; i++) { var pp = default(DateParts); var sp = "2026-01-01T00:00:00Z".AsSpan().Trim(); if (IsoDate.TryParse(sp, ref pp)) n += pp.ToDateTimeOffset()!.Value.Second; } return n; });
            Time("4000 dto ctor", () => { var n = 0; for (var i = 0; i < 4000; i++) { n += new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUniversalTime().Second; } return n; });
            Time("4000 dates", () => { var n = 0; for (var i = 0; i < 4000; i++) n += FeedDate.Parse("2026-01-01T00:00:00Z", out _)!.Value.Second; return n; });
            Time("4000 rfc dates", () => { var n = 0; for (var i = 0; i < 4000; i++) n += FeedDate.Parse("Thu, 01 Jan 2026 00:00:00 GMT", out _)!.Value.Second; return n; });
            Time("2000 entries", () => { var n = 0; for (var i = 0; i < 2000; i++) n += new FeedEntry { Id = "a", Categories = new List<string> { "x", "y" } }.Categories.Count; return n; });
        }
        foreach (var format in new[] { "rss", "atom" })
        {
            var bytes = format == "rss" ? GeneratedFeeds.Rss(2000) : GeneratedFeeds.Atom(2000);
            {
                using var rr = new Utf8XmlReader(bytes, 0, DocumentTraits.Of(bytes));
                var lens = new Dictionary<int, int>();
                while (rr.Read()) { if (rr.NodeType is System.Xml.XmlNodeType.Text or System.Xml.XmlNodeType.Whitespace) { var L = rr.Value.Length; lens[L] = lens.GetValueOrDefault(L) + 1; } }
                Console.WriteLine(format + ": " + string.Join(", ", lens.OrderBy(k => k.Key).Take(25).Select(k => $"{k.Key}:{k.Value}")));
            }
            Console.WriteLine(format + " traits: " + DocumentTraits.Of(bytes) + " rare at " + ((ReadOnlySpan<byte>)bytes).IndexOfAny(System.Buffers.SearchValues.Create([0, (byte)13, (byte)93, (byte)35, (byte)0xC2])));
            Time(format + " traits", () => DocumentTraits.Of(bytes).MayHaveC1 ? 1 : 0);
            Time(format + " prelude passes", () => { var sp = bytes.AsSpan(); var n = System.Text.Unicode.Utf8.IsValid(sp) ? 1 : 0; n += sp.Contains((byte)0) ? 1 : 0; n += sp.IndexOf("&#"u8); n += sp.IndexOf((byte)0xC2); n += sp.Contains((byte)'\r') ? 1 : 0; n += sp.IndexOf("]]>"u8); return n; });
            Time(format + " nul", () => bytes.AsSpan().Contains((byte)0) ? 1 : 0);
            Time(format + " c2", () => bytes.AsSpan().IndexOf((byte)0xC2));
            Time(format + " cr", () => bytes.AsSpan().Contains((byte)'\r') ? 1 : 0);
            Time(format + " cdata-end", () => bytes.AsSpan().IndexOf("]]>"u8));
            Time(format + " utf8 valid", () => System.Text.Unicode.Utf8.IsValid(bytes) ? 1 : 0);
            Time(format + " amp-hash", () => bytes.AsSpan().IndexOf("&#"u8));
            Time(format + " fast scan", () => { using var r = new Utf8XmlReader(bytes, 0, DocumentTraits.Of(bytes)); var n = 0; while (r.Read()) n++; return n; });
            Time(format + " fast scan+values", () => { using var r = new Utf8XmlReader(bytes, 0, DocumentTraits.Of(bytes)); var n = 0; while (r.Read()) n += r.Value.Length; return n; });
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
