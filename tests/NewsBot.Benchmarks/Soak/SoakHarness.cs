using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Abstractions;
using NewsBot.Delivery;
using NewsBot.Fakes.Web;
using NewsBot.Hosting;
using NewsBot.Platforms.Console;
using NewsBot.Polling;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// Simulated hours of the real pipeline on a FakeTimeProvider: feeds on a local server get 5 new stories dated at
/// the simulated time before every 10-minute step; FeedPoller stores them (clustering included), PostSender delivers
/// them to the console platform (output discarded), and a retention pass (the retention job's store calls) follows
/// every step. The windows are compressed with the traffic (see <see cref="SoakOptions"/>): stories are kept 20
/// minutes, identities 40, the clusterer looks back 1 hour. Warm-up hours (w1, w2 ...) run and are printed before
/// hour 1: at least one, so hour 1 is the first hour with every window full, and more while the JIT is still
/// compiling (an hour that compiled 1% more methods; at most 12), since tiered compilation settles in wall-clock
/// time and the soak packs hours into seconds. Each hour prints the working set and GC heap as they stand,
/// then the working set and live heap after a forced full collection, SQLite's memory, open handles on the database
/// file, the clusterer's items, and the database and WAL sizes. Target: hour 24 within 10% of hour 1.
/// `dotnet run -c Release --project tests/NewsBot.Benchmarks -- soak [--feeds 30] [--hours 24] [--warmup-hours 1]
/// [--max-warmup-hours 12] [--retention-minutes 20 | --retention-hours N] [--cluster-window-hours 1]`
/// </summary>
public sealed class SoakHarness : IHarness
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Name => "soak";

    public string Summary => "simulated hours of polling, clustering, delivery and retention: memory and database size per hour";

    public async Task<int> RunAsync(string[] args)
    {
        var options = SoakOptions.Parse(args);
        await using var server = await FakeWebServer.StartAsync();
        var feeds = new SoakFeeds(server, options.Feeds);
        var root = Path.Combine(Path.GetTempPath(), "newsbot-soak-" + Guid.NewGuid().ToString("N")[..8]);
        SoakConfig.Write(root, options.Feeds, i => server.Url(SoakFeeds.PathOf(i)));
        var clock = new FakeTimeProvider(Start);
        var (host, errors) = NewsBotHost.Build(new HostLaunch
        {
            ConfigDirectory = Path.Combine(root, "config"),
            Console = new ConsoleStreams(TextReader.Null, TextWriter.Null),
            Clock = clock,
            WatchConfig = false,
            Settings = SoakConfig.Settings(root, options),
        });
        if (host is null)
        {
            Console.Error.WriteLine("soak: host did not build: " + string.Join("; ", errors));
            return 2;
        }
        try
        {
            using (host)
                return await RunAsync(host.Services, options, feeds, clock, root);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(root, recursive: true); } catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        }
    }

    private static async Task<int> RunAsync(IServiceProvider services, SoakOptions options, SoakFeeds feeds, FakeTimeProvider clock, string root)
    {
        var store = services.GetRequiredService<INewsStore>();
        await store.MigrateAsync(default);
        var rig = new Rig(store, services.GetRequiredService<FeedPoller>(), services.GetRequiredService<PostSender>(), feeds, clock);
        var report = new SoakReport(options, services.GetRequiredService<StoryClusters>());
        var probe = new SoakProbe(root);
        report.Header();
        var wall = Stopwatch.StartNew();
        var warmup = 0;
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        while (warmup < options.WarmupHours || (warmup < options.MaxWarmupHours && report.StillCompiling(jitted)))
        {
            var removed = await rig.HourAsync(options);
            jitted = report.Last?.JittedMethods ?? jitted;
            report.Hour($"w{++warmup}", await store.CountStoriesAsync(default), rig, removed, probe.Take(), wall.Elapsed);
        }
        for (var hour = 1; hour <= options.Hours; hour++)
        {
            var removed = await rig.HourAsync(options);
            report.Hour(hour.ToString(CultureInfo.InvariantCulture), await store.CountStoriesAsync(default), rig, removed, probe.Take(), wall.Elapsed);
        }
        report.Summary(rig, warmup);
        return rig.Failed == 0 ? 0 : 1;
    }
}
