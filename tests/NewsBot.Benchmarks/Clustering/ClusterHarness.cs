using System.Diagnostics;
using NewsBot.Core.Stories.Clustering;

namespace NewsBot.Benchmarks.Clustering;

/// <summary>
/// `cluster [file.jsonl ...] [--runs N]`: times clustering whole files in arrival order on one thread
/// (items parsed beforehand; one warm-up run; median and best of N timed runs). Defaults to the three dev files
/// in ../shared/data/stories.
/// </summary>
public sealed class ClusterHarness : IHarness
{
    public string Name => "cluster";

    public string Summary => "time story clustering of JSONL files: [file.jsonl ...] [--runs 5]";

    public async Task<int> RunAsync(string[] args)
    {
        var runs = 5;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--runs" && i + 1 < args.Length && int.TryParse(args[++i], out var n) && n > 0)
                runs = n;
            else
                files.Add(args[i]);
        }
        if (files.Count == 0)
            files.AddRange(DefaultFiles());
        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync("cluster: no files given and ../shared/data/stories not found");
            return 2;
        }
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                await Console.Error.WriteLineAsync($"cluster: not found: {file}");
                return 2;
            }
            var items = Load(file);
            Console.WriteLine(Measure(Path.GetFileName(file), items, runs));
        }
        return 0;
    }

    private static string Measure(string name, List<ClusterItem> items, int runs)
    {
        var clusters = Cluster(items); // warm-up (JIT, regex compilation)
        var times = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < runs; r++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            Cluster(items);
            times.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        times.Sort();
        cpu.Sort();
        var median = times[times.Count / 2];
        return $"{name}: {items.Count} items -> {clusters} clusters; wall median {median:0.0} ms (best {times[0]:0.0}), "
               + $"process CPU median {cpu[cpu.Count / 2]:0.0} ms over {runs} runs; {items.Count / (median / 1000):0} items/s on one thread";
    }

    private static int Cluster(List<ClusterItem> items)
    {
        var clusterer = new StoryClusterer();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
            ids.Add(clusterer.Add(item).ClusterId);
        return ids.Count;
    }

    private static List<ClusterItem> Load(string file)
    {
        var items = new List<ClusterItem>();
        foreach (var line in File.ReadLines(file))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (ClusterItemJson.TryParse(line, out var item, out var error))
                items.Add(item!);
            else
                Console.Error.WriteLine($"cluster: {file}: {error}; line skipped");
        }
        return items;
    }

    private static IEnumerable<string> DefaultFiles()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var stories = Path.Combine(dir.FullName, "shared", "data", "stories");
            if (Directory.Exists(stories))
                return new[] { "newscluster-dev.jsonl", "basil-dev.jsonl", "uci-dev.jsonl" }.Select(f => Path.Combine(stories, f));
        }
        return [];
    }
}
