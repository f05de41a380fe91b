namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// One hourly reading of the process (taken by <see cref="SoakProbe"/>). Working set, heap, committed and gen2 are read
/// as the process stands; the "after GC" figures after a forced full collection. Sizes in MB.
/// </summary>
internal sealed record SoakSample(
    double WorkingSetMb,
    double HeapMb,
    double CommittedMb,
    int Gen2,
    double WorkingSetAfterGcMb,
    double LiveMb,
    double SqliteMb,
    int DbHandles,
    double RssAnonMb,
    double RssFileMb,
    int Threads,
    long JittedMethods,
    double DbMb,
    double WalMb)
{
    public double DatabaseMb => DbMb + WalMb;
}
