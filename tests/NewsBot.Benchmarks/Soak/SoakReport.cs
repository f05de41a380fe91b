using System.Globalization;
using NewsBot.Polling;

namespace NewsBot.Benchmarks.Soak;

/// <summary>Prints the soak's settings, one row per simulated hour, and hour 1 against the last hour.</summary>
internal sealed class SoakReport(SoakOptions options, StoryClusters clusters)
{
    private readonly Dictionary<string, SoakSample> _hours = [];

    public SoakSample? Last { get; private set; }

    /// <summary>Whether the last hour compiled at least <see cref="SoakOptions.JitSettledShare"/> more methods than <paramref name="before"/>.</summary>
    public bool StillCompiling(long before) =>
        Last is null || Last.JittedMethods - before >= before * SoakOptions.JitSettledShare;

    public void Header()
    {
        Console.WriteLine(Invariant($"soak: {options.Feeds} feeds, {SoakFeeds.ItemsPerStep} new stories each every {SoakOptions.Step.TotalMinutes} simulated minutes; ") +
            Invariant($"retention pass every step keeping stories {options.Retention.TotalMinutes} min, identities {2 * options.Retention.TotalMinutes} min, delivered outbox rows {options.Retention.TotalMinutes} min; ") +
            Invariant($"clustering window {options.ClusterWindowHours} h; warm-up (w1 ...) at least {options.WarmupHours} h and on while an hour compiles {SoakOptions.JitSettledShare * 100:F0}% more methods (at most {options.MaxWarmupHours} h), then {options.Hours} measured hours"));
        Console.WriteLine("columns: ws/heap/committed/gen2 as the process stands (heap = managed bytes allocated, garbage included; committed = GC memory at its last collection; gen2 = collections in the hour, none forced); " +
            "ws-gc/live after the harness forces a full collection, anon/file = that resident set split (/proc/self/status), jitted = methods compiled so far; sqlite = sqlite3_memory_used; db-fds = open handles on the database file");
        Console.WriteLine("hour  stories  delivered  removed |  ws-MB  heap-MB  committed-MB  gen2 |  ws-gc-MB  live-MB  anon-MB  file-MB  threads  jitted | sqlite-MB  db-fds  cluster-items |  db-MB  wal-MB  wall-s");
    }

    public void Hour(string hour, long stories, Rig rig, int removed, SoakSample m, TimeSpan wall)
    {
        _hours[hour] = m;
        Last = m;
        Console.WriteLine(Invariant(
            $"{hour,4}  {stories,7}  {rig.Delivered,9}  {removed,7} | {m.WorkingSetMb,6:F1}  {m.HeapMb,7:F1}  {m.CommittedMb,12:F1}  {m.Gen2,4} | ") +
            Invariant($"{m.WorkingSetAfterGcMb,9:F1}  {m.LiveMb,7:F1}  {m.RssAnonMb,7:F1}  {m.RssFileMb,7:F1}  {m.Threads,7}  {m.JittedMethods,6} | {m.SqliteMb,9:F2}  {m.DbHandles,6}  {clusters.WindowCount,13} | ") +
            Invariant($"{m.DbMb,6:F2}  {m.WalMb,6:F2}  {wall.TotalSeconds,6:F0}"));
    }

    public void Summary(Rig rig, int warmupHours)
    {
        var last = options.Hours;
        var steady = options.SteadyHour(warmupHours);
        foreach (var from in new[] { 1, steady }.Distinct().Where(h => h < last))
        {
            var (a, b) = (_hours[Key(from)], _hours[Key(last)]);
            Console.WriteLine(Invariant(
                $"hour {from} -> {last}: working set {a.WorkingSetMb:F1} -> {b.WorkingSetMb:F1} MB ({Change(a.WorkingSetMb, b.WorkingSetMb)}), ") +
                Invariant($"after forced GC {a.WorkingSetAfterGcMb:F1} -> {b.WorkingSetAfterGcMb:F1} MB ({Change(a.WorkingSetAfterGcMb, b.WorkingSetAfterGcMb)}), ") +
                Invariant($"database+wal {a.DatabaseMb:F2} -> {b.DatabaseMb:F2} MB ({Change(a.DatabaseMb, b.DatabaseMb)})"));
        }
        if (steady > 1)
            Console.WriteLine(Invariant($"(the windows are first all full at measured hour {steady}; a longer --warmup-hours makes that hour 1)"));
        Console.WriteLine(Invariant($"polls: {rig.Polls}, stories stored: {rig.Stored}, delivered: {rig.Delivered}, failed deliveries: {rig.Failed}"));
    }

    private static string Key(int hour) => hour.ToString(CultureInfo.InvariantCulture);

    private static string Change(double from, double to) =>
        (from == 0 ? 0 : (to - from) / from * 100).ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + "%";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
