using System.Collections.Concurrent;
using System.Diagnostics;
using NewsBot.Fuzzing;

namespace NewsBot.Benchmarks.Fuzz;

/// <summary>
/// Large fuzz campaign: mutated feeds and article pages (built-in seeds plus ../shared corpora when present) through the
/// parsers, quote finder and every renderer. Prints cases tried, exceptions (first inputs saved to a temp folder),
/// platform-limit breaches and the slowest document.
/// `dotnet run -c Release --project tests/NewsBot.Benchmarks -- fuzz [--cases 1000000] [--seed 1] [--workers N]`
/// </summary>
public sealed class FuzzHarness : IHarness
{
    private const int SavedPerFinding = 5;

    /// <summary>A document taking longer than this is saved as a finding (a hang risk for a poll).</summary>
    private const double SlowMilliseconds = 5000;

    public string Name => "fuzz";

    public string Summary => "Mutation fuzzing of FeedParser, ArticleExtractor, QuoteFinder and the renderers";

    public Task<int> RunAsync(string[] args)
    {
        var cases = IntArg(args, "--cases", 1_000_000);
        var seed = IntArg(args, "--seed", 1);
        var workers = IntArg(args, "--workers", Environment.ProcessorCount);
        var shared = SeedDocuments.FindSharedRoot();
        var seeds = SeedDocuments.Builtin.Concat(SeedDocuments.FromShared(shared)).ToList();
        var saveDir = Path.Combine(Path.GetTempPath(), $"newsbot-fuzz-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        Console.WriteLine($"fuzz: {cases:N0} cases, seed {seed}, {workers} workers, {seeds.Count} seed documents (shared: {shared ?? "absent"})");

        var findings = new ConcurrentDictionary<string, int>();
        var slowest = (Ms: 0.0, Case: -1, Seed: "");
        var slowLock = new object();
        long done = 0, exceptions = 0, breaches = 0;
        var total = Stopwatch.StartNew();
        Parallel.For(0, cases, new ParallelOptions { MaxDegreeOfParallelism = workers }, i =>
        {
            // HashCode is randomized per process; this mix gives the same case for the same --seed in every run.
            var rng = new Random(unchecked(seed * 1_000_003 + i));
            var source = seeds[rng.Next(seeds.Count)];
            var doc = DocumentMutator.Mutate(source.Bytes, rng);
            var sw = Stopwatch.StartNew();
            try
            {
                var problems = DocumentPipeline.Run(doc, source.Kind);
                if (problems.Count > 0)
                {
                    Interlocked.Increment(ref breaches);
                    Record(findings, "limit: " + problems[0], doc, source, saveDir);
                }
            }
            catch (Exception ex)
            {
                Interlocked.Increment(ref exceptions);
                Record(findings, $"{ex.GetType().Name} at {TopFrame(ex)}: {ex.Message}", doc, source, saveDir);
            }
            var ms = sw.Elapsed.TotalMilliseconds;
            if (ms > SlowMilliseconds)
                Record(findings, $"slow: over {SlowMilliseconds / 1000} s", doc, source, saveDir);
            lock (slowLock)
            {
                if (ms > slowest.Ms)
                    slowest = (ms, i, source.Name);
            }
            var n = Interlocked.Increment(ref done);
            if (n % Math.Max(1, cases / 20) == 0)
                Console.WriteLine($"  {n:N0} cases, {exceptions} exceptions, {breaches} limit breaches, {total.Elapsed.TotalSeconds:F0} s");
        });

        Console.WriteLine($"cases tried: {done:N0} in {total.Elapsed.TotalSeconds:F1} s ({done / total.Elapsed.TotalSeconds:F0}/s)");
        Console.WriteLine($"exceptions: {exceptions:N0}; limit breaches: {breaches:N0}; distinct findings: {findings.Count}");
        foreach (var (key, count) in findings.OrderByDescending(f => f.Value))
            Console.WriteLine($"  {count,8:N0}  {key}");
        if (!findings.IsEmpty)
            Console.WriteLine($"first inputs saved in {saveDir}");
        Console.WriteLine($"slowest document: {slowest.Ms:F1} ms (case {slowest.Case}, seed {slowest.Seed}; rerun with --seed {seed})");
        return Task.FromResult(exceptions == 0 && breaches == 0 ? 0 : 1);
    }

    private static void Record(ConcurrentDictionary<string, int> findings, string key, byte[] doc, SeedDocument source, string dir)
    {
        key = key.Length > 240 ? key[..240] : key;
        var count = findings.AddOrUpdate(key, 1, (_, c) => c + 1);
        if (count > SavedPerFinding)
            return;
        Directory.CreateDirectory(dir);
        var name = $"{Math.Abs(key.GetHashCode(StringComparison.Ordinal)):x8}-{count}-{source.Kind}.bin";
        File.WriteAllBytes(Path.Combine(dir, name), doc);
        File.AppendAllText(Path.Combine(dir, "index.txt"), $"{name}\t{source.Name}\t{key.ReplaceLineEndings(" ")}\n");
    }

    private static string TopFrame(Exception ex) =>
        new StackTrace(ex).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("NewsBot", StringComparison.Ordinal) == true)
            ?.GetMethod() is { } m ? $"{m.DeclaringType?.Name}.{m.Name}" : "?";

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1].Replace(",", "", StringComparison.Ordinal), out var v) ? v : fallback;
    }
}
