using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NewsBot.Fakes.Web;
using NewsBot.Storage;
using NewsBot.Storage.Postgres;

namespace NewsBot.Benchmarks.ScaleOut;

/// <summary>
/// `-- scaleout [--feeds N] [--channels C]`: real NewsBot processes on one PostgreSQL database (Quartz clustered),
/// 1 and then 2 instances: polls per second and deliveries per second; then the take-over time after one of two
/// instances is killed (SIGKILL) in the middle of a poll cycle. Needs NEWSBOT_TEST_POSTGRES (a server connection string).
/// </summary>
public sealed class ScaleOutHarness : IHarness
{
    public string Name => "scaleout";

    public string Summary => "polls/s and deliveries/s with 1 and 2 instances on PostgreSQL, and take-over time after a kill";

    public async Task<int> RunAsync(string[] args)
    {
        var server = Environment.GetEnvironmentVariable("NEWSBOT_TEST_POSTGRES");
        if (string.IsNullOrEmpty(server))
        {
            Console.Error.WriteLine("scaleout: set NEWSBOT_TEST_POSTGRES to a PostgreSQL connection string (.ci/run shows one).");
            return 2;
        }
        var feeds = Arg(args, "--feeds", 1000);
        var channels = Arg(args, "--channels", 10);
        await using var web = await FakeWebServer.StartAsync();
        foreach (var instances in new[] { 1, 2 })
        {
            var run = await Cycle.StartAsync(server, web, feeds, channels, instances, spreadSeconds: 0);
            var (polls, pollSeconds) = await run.WaitForPollsAsync(TimeSpan.FromMinutes(5));
            var (deliveries, deliverySeconds) = await run.WaitForDeliveriesAsync(feeds * channels, TimeSpan.FromMinutes(10));
            await run.DisposeAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"scaleout {instances} instance(s): {polls} feeds polled in {pollSeconds:F1} s ({polls / pollSeconds:F0} polls/s); {deliveries} deliveries in {deliverySeconds:F1} s ({deliveries / deliverySeconds:F0} deliveries/s)"));
        }

        // Take-over: two instances share a cycle spread over 20 s; one is killed 4 s in.
        var spread = 20;
        var takeover = await Cycle.StartAsync(server, web, feeds, channels: 1, instances: 2, spreadSeconds: spread);
        await Task.Delay(TimeSpan.FromSeconds(4));
        var killedAt = Stopwatch.GetTimestamp();
        var before = takeover.Polled;
        takeover.Kill(0);
        var (done, _) = await takeover.WaitForPollsAsync(TimeSpan.FromMinutes(3));
        var total = Stopwatch.GetElapsedTime(killedAt).TotalSeconds;
        await takeover.DisposeAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scaleout take-over: killed 1 of 2 instances after {before} of {feeds} polls; all {done} feeds polled {total:F1} s after the kill (cycle spread {spread - 4} s remaining, so take-over added {Math.Max(0, total - (spread - 4)):F1} s)"));
        return 0;
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }

    /// <summary>One poll cycle of N instances on a fresh database against the fake feed server.</summary>
    private sealed class Cycle : IAsyncDisposable
    {
        private readonly List<Process> _processes = [];
        private readonly string _connection;
        private readonly FakeWebServer _web;
        private readonly int _feeds;
        private readonly int _offset;
        private readonly long _started = Stopwatch.GetTimestamp();

        private Cycle(string connection, FakeWebServer web, int feeds, int offset)
        {
            _connection = connection;
            _web = web;
            _feeds = feeds;
            _offset = offset;
        }

        public int Polled => Enumerable.Range(_offset, _feeds).Count(i => _web.RequestCount($"/feeds/{i}.xml") > 0);

        private static int _nextOffset;

        public static async Task<Cycle> StartAsync(string server, FakeWebServer web, int feeds, int channels, int instances, int spreadSeconds)
        {
            // Each cycle uses fresh feed paths, so request counts start at zero.
            var offset = Interlocked.Add(ref _nextOffset, feeds) - feeds;
            web.ServeFeeds(offset + feeds, notModifiedFraction: 0.9, itemsPerFeed: 2);
            var name = "newsbot_scale_" + Guid.NewGuid().ToString("N")[..10];
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await admin.ExecuteAsync($"CREATE DATABASE {name}");
            }
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 20 }.ConnectionString;
            await new SqlStore(new PostgresDialect(connection), NullLoggerFactory.Instance).MigrateAsync(CancellationToken.None);
            var dir = Path.Combine(Path.GetTempPath(), name);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "newsbot.json"), Config(web, offset, feeds, channels));
            var cycle = new Cycle(connection, web, feeds, offset);
            for (var i = 0; i < instances; i++)
                cycle._processes.Add(Launch(dir, connection, spreadSeconds));
            return cycle;
        }

        public void Kill(int index) => _processes[index].Kill(entireProcessTree: true);

        public async Task<(int Count, double Seconds)> WaitForPollsAsync(TimeSpan limit)
        {
            var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
            while (Polled < _feeds && Stopwatch.GetTimestamp() < deadline)
                await Task.Delay(50);
            return (Polled, Stopwatch.GetElapsedTime(_started).TotalSeconds);
        }

        public async Task<(long Count, double Seconds)> WaitForDeliveriesAsync(int expected, TimeSpan limit)
        {
            var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
            await using var c = new NpgsqlConnection(_connection);
            await c.OpenAsync();
            long delivered = 0;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                delivered = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE status = 'delivered'");
                if (delivered >= expected)
                    break;
                await Task.Delay(100);
            }
            return (delivered, Stopwatch.GetElapsedTime(_started).TotalSeconds);
        }

        private static Process Launch(string configDir, string connection, int spreadSeconds)
        {
            var dll = typeof(NewsBot.Cli.EntryPoint).Assembly.Location;
            var start = new ProcessStartInfo("dotnet", [dll, "run", "--config", configDir])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            var env = start.Environment;
            env["Storage__Provider"] = "Postgres";
            env["Storage__ConnectionString"] = connection;
            env["Console__Enabled"] = "true";
            env["Web__AllowPrivateAddresses"] = "true";
            env["Web__MaxConcurrentPerHost"] = "32";
            env["Polling__FirstPollSpreadSeconds"] = spreadSeconds.ToString(CultureInfo.InvariantCulture);
            env["Polling__FirstPollPostNewest"] = "1";
            env["Polling__FetchArticles"] = "false";
            env["Cluster__CheckinIntervalSeconds"] = "2";
            env["Cluster__CheckinMisfireThresholdSeconds"] = "7";
            env["Logging__LogLevel__Default"] = "Warning";
            var p = Process.Start(start)!;
            p.OutputDataReceived += (_, _) => { };
            p.ErrorDataReceived += (_, _) => { };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            return p;
        }

        private static string Config(FakeWebServer web, int offset, int feeds, int channels)
        {
            var sb = new StringBuilder("{ \"feeds\": [\n");
            for (var i = offset; i < offset + feeds; i++)
                sb.Append(CultureInfo.InvariantCulture, $"  {{ \"id\": \"f{i}\", \"url\": \"{web.Url($"/feeds/{i}.xml")}\", \"intervalMinutes\": 30 }}{(i < offset + feeds - 1 ? "," : "")}\n");
            sb.Append("], \"topics\": [ { \"name\": \"generated\", \"keywords\": [\"story\"] } ],\n\"channels\": [");
            sb.Append(string.Join(",", Enumerable.Range(0, channels).Select(c => $"{{ \"platform\": \"console\", \"id\": \"c{c}\" }}")));
            sb.Append("],\n\"subscriptions\": [");
            sb.Append(string.Join(",", Enumerable.Range(0, channels).Select(c => $"{{ \"channel\": \"console:c{c}\", \"topic\": \"generated\" }}")));
            return sb.Append("] }").ToString();
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var p in _processes.Where(p => !p.HasExited))
            {
                p.Kill(entireProcessTree: true);
                await p.WaitForExitAsync();
            }
        }
    }
}
