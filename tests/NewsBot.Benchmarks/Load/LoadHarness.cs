using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Hosting;
using NewsBot.Scheduling;
using Quartz;

namespace NewsBot.Benchmarks.Load;

/// <summary>
/// NewsBot issue 3: N feeds on the local fake server (a fraction answer 304 to conditional requests), polled
/// through the real host: Quartz jobs scheduled by FeedScheduler, the real HttpWebFetcher and the SQLite store.
/// Cycle 1 (priming) is the first poll of fresh feeds: every item is stored (and, being a teaser, its article
/// page read). Cycle 2 is the steady state the issue means: every feed job triggered once more, 90% answer 304.
/// All feeds share host 127.0.0.1, so Web:MaxConcurrentPerHost is raised to Web:MaxConcurrent.
/// The fake server runs in a child process (`load-server`) so the figures are the bot's own; --in-process keeps it inside.
/// `dotnet run -c Release --project tests/NewsBot.Benchmarks -- load [--feeds 10000] [--not-modified 0.9] [--per-host 32] [--spread 3] [--in-process]`
/// </summary>
public sealed class LoadHarness : IHarness
{
    private static readonly TimeSpan CycleLimit = TimeSpan.FromMinutes(10);

    public string Name => "load";

    public string Summary => "N feeds (90% 304) through the real scheduler, fetcher and SQLite: wall, peak memory, CPU per feed";

    public async Task<int> RunAsync(string[] args)
    {
        var feedCount = HarnessArgs.Int(args, "--feeds", 10_000);
        var notModified = HarnessArgs.Double(args, "--not-modified", 0.9);
        var perHost = HarnessArgs.Int(args, "--per-host", 32);
        var spread = HarnessArgs.Int(args, "--spread", 3);

        var inProcess = args.Contains("--in-process");
        await using var server = await FeedServer.StartAsync(feedCount, notModified, inProcess);
        var root = LoadConfig.Write(server.BaseUrl, feedCount, intervalMinutes: 1440);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = Path.Combine(root, "data"),
            ["Console:Enabled"] = "false",
            ["Polling:FirstPollSpreadSeconds"] = spread.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Polling:FirstPollPostNewest"] = "0",
            ["Web:AllowPrivateAddresses"] = "true",
            ["Web:MaxConcurrentPerHost"] = perHost.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Web:MaxConcurrent"] = perHost.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var (host, errors) = NewsBotHost.Build(new HostLaunch { ConfigDirectory = Path.Combine(root, "config"), Settings = settings, WatchConfig = false });
        if (host is null)
        {
            Console.Error.WriteLine("host did not build: " + string.Join("; ", errors.Select(e => e.ToString())));
            return 2;
        }
        using (host)
        {
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var completions = new PollCompletions();
            scheduler.ListenerManager.AddJobListener(completions, GroupMatcher<JobKey>.GroupEquals(FeedScheduler.Group));
            Console.WriteLine($"load: {feedCount} feeds on {server.BaseUrl} (one host: 127.0.0.1), {notModified:P0} answer 304 when unchanged; " +
                              $"Web:MaxConcurrentPerHost={perHost}, Polling:FirstPollSpreadSeconds={spread}");

            // Cycle 1: host start; FeedScheduler gives every never-polled feed a first-poll trigger within the spread.
            var primed = completions.Expect(feedCount);
            var first = ProcessFigures.Start();
            await host.StartAsync();
            var ok1 = await WaitAsync(primed, completions);
            var cycle1 = first.Stop();
            var stories1 = await CountAsync(root, "SELECT COUNT(*) FROM stories");
            Report("cycle 1 (first poll, every item stored)", feedCount, cycle1, completions, stories1, ok1, inProcess);

            // Cycle 2: every feed job fired once more through Quartz; 90% now send validators and get 304. The poller
            // polls a feed at most once per interval (and not before a server's max-age), so first the interval is
            // made to have passed: each feed's last poll is moved back two days (the interval here is one day, so Quartz
            // does not fire on its own during the run), its ETag and Last-Modified kept.
            await ExecuteAsync(root, "UPDATE feed_state SET last_polled_at = last_polled_at - 172800000, next_poll_at = NULL");
            var requestsBefore = await server.RequestCountAsync();
            var steady = completions.Expect(feedCount);
            var second = ProcessFigures.Start();
            foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(FeedScheduler.Group)))
                await scheduler.TriggerJob(key);
            var ok2 = await WaitAsync(steady, completions);
            var cycle2 = second.Stop();
            var stories2 = await CountAsync(root, "SELECT COUNT(*) FROM stories") - stories1;
            Report("cycle 2 (steady state, 90% 304)", feedCount, cycle2, completions, stories2, ok2, inProcess);
            Console.WriteLine($"  HTTP requests      : {await server.RequestCountAsync() - requestsBefore} in cycle 2 (feeds + article pages of new stories)");
            Console.WriteLine($"  target             : <= 15 s wall and <= 300 MB peak working set for cycle 2 " +
                              $"({(cycle2.Wall.TotalSeconds <= 15 && cycle2.PeakBytes <= 300L << 20 ? "met" : "NOT met")})");
            await host.StopAsync(TimeSpan.FromSeconds(30));
            SqliteConnection.ClearAllPools();
            TryDelete(root);
            return ok1 && ok2 ? 0 : 1;
        }
    }

    private static async Task<bool> WaitAsync(Task cycle, PollCompletions completions)
    {
        var finished = await Task.WhenAny(cycle, Task.Delay(CycleLimit)) == cycle;
        if (!finished)
            Console.WriteLine($"  cycle did not finish within {CycleLimit.TotalMinutes} min: {completions.Distinct} feeds polled");
        return finished;
    }

    private static void Report(string title, int feeds, (TimeSpan Wall, TimeSpan Cpu, long PeakBytes, bool PeakWasReset) f,
        PollCompletions completions, long stories, bool finished, bool inProcess)
    {
        Console.WriteLine($"{title}{(finished ? "" : " (INCOMPLETE)")}:");
        Console.WriteLine($"  wall               : {f.Wall.TotalSeconds:F2} s for {completions.Distinct} feeds ({completions.Total} poll jobs)");
        Console.WriteLine($"  CPU                : {f.Cpu.TotalSeconds:F2} s = {f.Cpu.TotalMilliseconds / feeds:F3} ms per feed ({(inProcess ? "fake server included" : "bot process only")})");
        Console.WriteLine($"  peak working set   : {f.PeakBytes / (1024.0 * 1024):F0} MB ({(f.PeakWasReset ? "peak reset at cycle start" : "process lifetime peak")}; {(inProcess ? "fake server included" : "bot process only")})");
        Console.WriteLine($"  new stories stored : {stories}");
    }

    private static async Task<long> CountAsync(string root, string sql)
    {
        await using var c = new SqliteConnection($"Data Source={Path.Combine(root, "data", "newsbot.db")};Mode=ReadOnly;Pooling=False");
        await c.OpenAsync();
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string root, string sql)
    {
        await using var c = new SqliteConnection($"Data Source={Path.Combine(root, "data", "newsbot.db")};Pooling=False");
        await c.OpenAsync();
        await using var command = c.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 30000; " + sql;
        await command.ExecuteNonQueryAsync();
    }

    private static void TryDelete(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"could not delete {root}: {ex.Message}");
        }
    }
}
