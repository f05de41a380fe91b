using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using NewsBot.Core.Articles;

namespace NewsBot.Benchmarks.Articles;

/// <summary>
/// Our article extractor against plain SmartReader on the 105 dev pages of the article-extraction benchmark
/// (../shared/data/article-extraction/dev). One operation extracts every page; pages/s = 105 / mean time.
/// Run: dotnet run -c Release --project tests/NewsBot.Benchmarks -- --filter *ExtractionBenchmarks* --job short
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private List<(string Html, Uri Url)> _pages = [];
    private readonly ArticleExtractor _extractor = new();

    [GlobalSetup]
    public void Setup() => _pages = DevPages.Load();

    [Benchmark(Baseline = true)]
    public int SmartReaderAlone()
    {
        var chars = 0;
        foreach (var (html, url) in _pages)
        {
            using var reader = new SmartReader.Reader(url.ToString(), html);
            chars += reader.GetArticle().TextContent?.Length ?? 0;
        }
        return chars;
    }

    [Benchmark]
    public int NewsBotExtractor()
    {
        var chars = 0;
        foreach (var (html, url) in _pages)
            chars += _extractor.Extract(html, url)?.Length ?? 0;
        return chars;
    }
}

/// <summary>Loads the dev pages and their URLs from ../shared (searched upwards from the binary, or NEWSBOT_SHARED).</summary>
internal static class DevPages
{
    public static List<(string Html, Uri Url)> Load()
    {
        var dir = Path.Combine(FindShared(), "data", "article-extraction", "dev");
        using var truth = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "ground-truth.json")));
        var pages = new List<(string, Uri)>();
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            using var stream = new GZipStream(File.OpenRead(Path.Combine(dir, "html", page.Name + ".html.gz")), CompressionMode.Decompress);
            using var reader = new StreamReader(stream);
            pages.Add((reader.ReadToEnd(), new Uri(page.Value.GetProperty("url").GetString()!)));
        }
        return pages;
    }

    private static string FindShared()
    {
        var env = Environment.GetEnvironmentVariable("NEWSBOT_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
            return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "data", "article-extraction")))
                return candidate;
        }
        throw new DirectoryNotFoundException("../shared/data/article-extraction not found; set NEWSBOT_SHARED");
    }
}
