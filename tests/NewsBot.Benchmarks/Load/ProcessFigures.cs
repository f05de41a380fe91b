using System.Diagnostics;

namespace NewsBot.Benchmarks.Load;

/// <summary>Wall time, CPU time and peak working set of this process over one measured stretch.</summary>
internal sealed class ProcessFigures
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart;

    private ProcessFigures(TimeSpan cpu) => _cpuAtStart = cpu;

    /// <summary>Starts a stretch; on Linux the kernel's peak resident size is reset first so the peak is this stretch's own.</summary>
    public static ProcessFigures Start()
    {
        ResetPeak();
        using var self = Process.GetCurrentProcess();
        return new ProcessFigures(self.TotalProcessorTime);
    }

    public (TimeSpan Wall, TimeSpan Cpu, long PeakBytes, bool PeakWasReset) Stop()
    {
        _wall.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return (_wall.Elapsed, self.TotalProcessorTime - _cpuAtStart, self.PeakWorkingSet64, PeakReset);
    }

    private static bool PeakReset { get; set; }

    /// <summary>Writing 5 to /proc/self/clear_refs resets VmHWM (the peak working set) to the current size.</summary>
    private static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            PeakReset = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            PeakReset = false;
        }
    }
}
