using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NewsBot.Core.Digests;

namespace NewsBot.Benchmarks.Digests;

/// <summary>
/// Quotes + summary per article on PolNeAR dev texts (../shared/data/quotes/polnear-dev.jsonl):
/// `dotnet run -c Release --project tests/NewsBot.Benchmarks -- --filter *DigestBenchmarks*`.
/// Each benchmark runs over <see cref="Articles"/> articles, so the reported time is per article.
/// </summary>
[MemoryDiagnoser]
public class DigestBenchmarks
{
    public const int Articles = 200;

    private readonly QuoteFinder _finder = new();
    private readonly LeadSummarizer _summarizer = new();
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = FindShared("data/quotes/polnear-dev.jsonl")
                   ?? throw new InvalidOperationException("../shared/data/quotes/polnear-dev.jsonl not found (set NEWSBOT_SHARED)");
        _texts = File.ReadLines(path)
            .Take(Articles)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .ToArray();
        if (_texts.Length != Articles)
            throw new InvalidOperationException($"expected {Articles} articles in {path}, found {_texts.Length}");
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int QuotesPerArticle()
    {
        var n = 0;
        foreach (var t in _texts)
            n += _finder.Find(t).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int QuotesAndSummaryPerArticle()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            var quotes = _finder.Find(t);
            n += quotes.Count + _summarizer.Summarize("", t, quotes).Length;
        }
        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int SentencesPerArticle()
    {
        var n = 0;
        foreach (var t in _texts)
            n += SentenceSplitter.Spans(t).Count;
        return n;
    }

    private static string? FindShared(string relative)
    {
        var env = Environment.GetEnvironmentVariable("NEWSBOT_SHARED");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, relative)))
            return Path.Combine(env, relative);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
