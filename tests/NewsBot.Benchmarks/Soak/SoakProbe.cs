using System.Diagnostics;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// Reads the process and the soak's database once an hour: first as the process stands (no collection forced),
/// then after forcing a full blocking collection, so both figures are printed side by side.
/// </summary>
internal sealed class SoakProbe(string root)
{
    private const double Mb = 1048576.0;
    private int _gen2AfterLastSample;

    public SoakSample Take()
    {
        var ws = WorkingSet();
        var heap = GC.GetTotalMemory(false) / Mb;
        var committed = GC.GetGCMemoryInfo(GCKind.Any).TotalCommittedBytes / Mb;
        // Gen2 collections since the last sample, not counting the ones forced here.
        var gen2 = GC.CollectionCount(2) - _gen2AfterLastSample;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _gen2AfterLastSample = GC.CollectionCount(2);
        var wsAfter = WorkingSet();
        var (anon, file) = Rss();
        var live = GC.GetTotalMemory(false) / Mb;
        var (db, wal) = SoakConfig.DatabaseMegabytes(root);
        return new SoakSample(ws, heap, committed, gen2, wsAfter, live,
            SQLitePCL.raw.sqlite3_memory_used() / Mb, DatabaseHandles(), anon, file, ThreadCount(),
            System.Runtime.JitInfo.GetCompiledMethodCount(), db, wal);
    }

    private static double WorkingSet()
    {
        using var p = Process.GetCurrentProcess();
        return p.WorkingSet64 / Mb;
    }

    private static int ThreadCount()
    {
        using var p = Process.GetCurrentProcess();
        return p.Threads.Count;
    }

    /// <summary>The resident set split into anonymous memory (heaps, stacks, JIT code) and file-backed pages (Linux; -1 elsewhere).</summary>
    private static (double Anon, double File) Rss()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
            return (-1, -1);
        double anon = -1, file = -1;
        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
                anon = Kb(line) / 1024.0;
            else if (line.StartsWith("RssFile:", StringComparison.Ordinal))
                file = Kb(line) / 1024.0;
        }
        return (anon, file);
    }

    private static long Kb(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Open file handles on the SQLite file: one per open or pooled connection (Linux /proc only; -1 elsewhere).
    /// Microsoft.Data.Sqlite does not expose its pool, so this is how the harness counts it.
    /// </summary>
    private static int DatabaseHandles()
    {
        const string fds = "/proc/self/fd";
        if (!Directory.Exists(fds))
            return -1;
        var count = 0;
        foreach (var fd in Directory.EnumerateFileSystemEntries(fds))
        {
            try
            {
                if (new FileInfo(fd).LinkTarget is { } target && target.EndsWith("newsbot.db", StringComparison.Ordinal))
                    count++;
            }
            catch (IOException)
            {
                // The descriptor closed while the folder was read.
            }
        }
        return count;
    }
}
