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
/// 24 simulated hours of the real pipeline on a FakeTimeProvider: generated feeds on a local server produce new stories
/// every poll; FeedPoller stores them, PostSender delivers to the console platform (output discarded) and retention runs
/// every simulated hour with a short retention. Prints working set and database size each hour; target: hour 24 within
/// 10% of hour 1 once retention has reached steady state.
/// `dotnet run -c Release --project tests/NewsBot.Benchmarks -- soak [--feeds 30] [--hours 24] [--retention-hours 6]`
/// </summary>
public sealed class SoakHarness : IHarness
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(10);

    public string Name => "soak";

    public string Summary => "24 simulated hours of polling, delivery and retention: working set and database size per hour";

    public async Task<int> RunAsync(string[] args)
    {
        var feeds = IntArg(args, "--feeds", 30);
        var hours = IntArg(args, "--hours", 24);
        var retention = TimeSpan.FromHours(IntArg(args, "--retention-hours", 6));
        await using var server = await FakeWebServer.StartAsync();
        var generated = server.ServeFeeds(feeds, notModifiedFraction: 0);
        var root = Path.Combine(Path.GetTempPath(), "newsbot-soak-" + Guid.NewGuid().ToString("N")[..8]);
        SoakConfig.Write(root, feeds, i => server.Url(generated.PathOf(i)));
        var clock = new FakeTimeProvider(Start);
        var (host, errors) = NewsBotHost.Build(new HostLaunch
        {
            ConfigDirectory = Path.Combine(root, "config"),
            Console = new ConsoleStreams(TextReader.Null, TextWriter.Null),
            Clock = clock,
            WatchConfig = false,
            Settings = SoakConfig.Settings(root),
        });
        if (host is null)
        {
            Console.Error.WriteLine("soak: host did not build: " + string.Join("; ", errors));
            return 2;
        }
        using (host)
        {
            var store = host.Services.GetRequiredService<INewsStore>();
            await store.MigrateAsync(default);
            var rig = new Rig(store, host.Services.GetRequiredService<FeedPoller>(), host.Services.GetRequiredService<PostSender>(), clock);
            Console.WriteLine($"soak: {feeds} feeds polled every {Step.TotalMinutes} simulated minutes, retention {retention.TotalHours} h, {hours} h");
            Console.WriteLine("hour  stories  delivered  removed  working-set-MB  managed-MB  db-MB  wal-MB  wall-s");
            var wall = Stopwatch.StartNew();
            var perHour = (int)(TimeSpan.FromHours(1) / Step);
            // Stories reach steady state after one retention, remembered identities after two.
            var steadyHour = Math.Min(hours, (int)(2 * retention.TotalHours) + 1);
            var marks = new Dictionary<int, (double Ws, double Db)>();
            for (var hour = 1; hour <= hours; hour++)
            {
                for (var s = 0; s < perHour; s++)
                {
                    clock.Advance(Step);
                    await rig.PollAllAsync(feeds);
                    await rig.DeliverAllAsync();
                }
                var removed = await rig.RetainAsync(retention);
                var (ws, managed) = Memory();
                var db = SoakConfig.DatabaseMegabytes(root);
                marks[hour] = (ws, db.Main + db.Wal);
                var stories = await store.CountStoriesAsync(default);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{hour,4}  {stories,7}  {rig.Delivered,9}  {removed,7}  {ws,14:F1}  {managed,10:F1}  {db.Main,5:F2}  {db.Wal,6:F2}  {wall.Elapsed.TotalSeconds,6:F0}"));
            }
            foreach (var from in new[] { 1, steadyHour }.Distinct())
            {
                var (a, b) = (marks[from], marks[hours]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"hour {from} -> {hours}: working set {a.Ws:F1} -> {b.Ws:F1} MB ({Change(a.Ws, b.Ws):+0.0;-0.0}%), database+wal {a.Db:F2} -> {b.Db:F2} MB ({Change(a.Db, b.Db):+0.0;-0.0}%)"));
            }
            Console.WriteLine($"polls: {rig.Polls}, stories stored: {rig.Stored}, delivered: {rig.Delivered}, failed deliveries: {rig.Failed}");
        }
        return 0;
    }

    private static double Change(double from, double to) => from == 0 ? 0 : (to - from) / from * 100;

    private static (double WorkingSet, double Managed) Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var p = Process.GetCurrentProcess();
        return (p.WorkingSet64 / 1048576.0, GC.GetTotalMemory(false) / 1048576.0);
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }
}
