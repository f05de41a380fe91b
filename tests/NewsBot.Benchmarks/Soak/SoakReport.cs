using System.Globalization;
using NewsBot.Polling;

namespace NewsBot.Benchmarks.Soak;

/// <summary>Prints the soak's settings, one row per simulated hour, and hour 1 against the last hour.</summary>
internal sealed class SoakReport(SoakOptions options, StoryClusters clusters)
{
    private readonly Dictionary<int, SoakSample> _hours = [];

    public void Header()
    {
        Console.WriteLine(Invariant($"soak: {options.Feeds} feeds, {SoakFeeds.ItemsPerStep} new stories each every {SoakOptions.Step.TotalMinutes} simulated minutes; ") +
            Invariant($"retention pass every step keeping stories {options.Retention.TotalMinutes} min, identities {2 * options.Retention.TotalMinutes} min, delivered outbox rows {options.Retention.TotalMinutes} min; ") +
            Invariant($"clustering window {options.ClusterWindowHours} h; warm-up {options.WarmupHours} h (hours <= 0), then {options.Hours} measured hours"));
        Console.WriteLine("columns: ws/heap/committed/gen2 as the process stands (gen2 = collections in the hour, none forced); " +
            "ws-gc/live after the harness forces a full collection, anon/file = that resident set split (/proc/self/status), jitted = methods compiled so far; sqlite = sqlite3_memory_used; db-fds = open handles on the database file");
        Console.WriteLine("hour  stories  delivered  removed |  ws-MB  heap-MB  committed-MB  gen2 |  ws-gc-MB  live-MB  anon-MB  file-MB  threads  jitted | sqlite-MB  db-fds  cluster-items |  db-MB  wal-MB  wall-s");
    }

    public void Hour(int hour, long stories, long delivered, int removed, SoakSample m, TimeSpan wall)
    {
        _hours[hour] = m;
        Console.WriteLine(Invariant(
            $"{hour,4}  {stories,7}  {delivered,9}  {removed,7} | {m.WorkingSetMb,6:F1}  {m.HeapMb,7:F1}  {m.CommittedMb,12:F1}  {m.Gen2,4} | ") +
            Invariant($"{m.WorkingSetAfterGcMb,9:F1}  {m.LiveMb,7:F1}  {m.RssAnonMb,7:F1}  {m.RssFileMb,7:F1}  {m.Threads,7}  {m.JittedMethods,6} | {m.SqliteMb,9:F2}  {m.DbHandles,6}  {clusters.WindowCount,13} | ") +
            Invariant($"{m.DbMb,6:F2}  {m.WalMb,6:F2}  {wall.TotalSeconds,6:F0}"));
    }

    public void Summary(Rig rig)
    {
        var last = options.Hours;
        foreach (var from in new[] { 1, options.SteadyHour }.Distinct().Where(h => h < last))
        {
            var (a, b) = (_hours[from], _hours[last]);
            Console.WriteLine(Invariant(
                $"hour {from} -> {last}: working set {a.WorkingSetMb:F1} -> {b.WorkingSetMb:F1} MB ({Change(a.WorkingSetMb, b.WorkingSetMb)}), ") +
                Invariant($"after forced GC {a.WorkingSetAfterGcMb:F1} -> {b.WorkingSetAfterGcMb:F1} MB ({Change(a.WorkingSetAfterGcMb, b.WorkingSetAfterGcMb)}), ") +
                Invariant($"database+wal {a.DatabaseMb:F2} -> {b.DatabaseMb:F2} MB ({Change(a.DatabaseMb, b.DatabaseMb)})"));
        }
        if (options.SteadyHour > 1)
            Console.WriteLine(Invariant($"(the windows are first all full at measured hour {options.SteadyHour}; a longer --warmup-hours makes that hour 1)"));
        Console.WriteLine(Invariant($"polls: {rig.Polls}, stories stored: {rig.Stored}, delivered: {rig.Delivered}, failed deliveries: {rig.Failed}"));
    }

    private static string Change(double from, double to) =>
        (from == 0 ? 0 : (to - from) / from * 100).ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + "%";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
