using System.Diagnostics;
using System.Globalization;
using NewsBot.Benchmarks.Articles;
using NewsBot.Core.Articles;
using NewsBot.Core.Digests;

namespace NewsBot.Benchmarks.Digests;

/// <summary>
/// `-- digest-speed [--rounds N]`: the whole digest step (extraction + summary + quotes) per dev page on one thread,
/// beside SmartReader's extraction alone; timed by the process's CPU time, which stays honest on a busy machine.
/// </summary>
public sealed class DigestSpeedHarness : IHarness
{
    public string Name => "digest-speed";

    public string Summary => "articles/s of the whole digest step on one core (CPU time), beside SmartReader alone";

    public Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 1 && args[0] == "--rounds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var pages = DevPages.Load();
        var extractor = new ArticleExtractor();
        var builder = new DigestBuilder(new QuoteFinder(), new LeadSummarizer());

        double Measure(Action<(string Html, Uri Url)> work)
        {
            foreach (var p in pages.Take(10)) work(p); // warm-up
            var best = double.MaxValue;
            for (var r = 0; r < rounds; r++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                foreach (var p in pages) work(p);
                var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                best = Math.Min(best, used);
            }
            return pages.Count / best;
        }

        var smart = Measure(p => new SmartReader.Reader(p.Url.ToString(), p.Html).GetArticle());
        var whole = Measure(p =>
        {
            var text = extractor.Extract(p.Html, p.Url) ?? "";
            builder.Build(new StoryText("", text, "outlet", null, p.Url.ToString()));
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"digest-speed: {pages.Count} dev pages; whole digest step {whole:F1} articles/s of CPU on one thread; SmartReader extraction alone {smart:F1} pages/s"));
        return Task.FromResult(0);
    }
}
