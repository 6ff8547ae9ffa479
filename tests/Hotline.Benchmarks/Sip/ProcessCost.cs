using System.Diagnostics;

namespace Hotline.Benchmarks.Sip;

/// <summary>Counts this process's CPU time, allocations and collections from construction to <see cref="Measure"/>.</summary>
internal sealed class ProcessCost
{
    private readonly TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long _allocated = GC.GetTotalAllocatedBytes();
    private readonly int _gen0 = GC.CollectionCount(0);
    private readonly int _gen1 = GC.CollectionCount(1);
    private readonly int _gen2 = GC.CollectionCount(2);
    private readonly Stopwatch _wall = Stopwatch.StartNew();

    public PathCost Measure(long calls)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpu;
        var perCall = Math.Max(calls, 1);
        return new PathCost(
            Math.Round(cpu.TotalMicroseconds / perCall, 1),
            Math.Round((GC.GetTotalAllocatedBytes() - _allocated) / 1024.0 / perCall, 1),
            GC.CollectionCount(0) - _gen0,
            GC.CollectionCount(1) - _gen1,
            GC.CollectionCount(2) - _gen2,
            Math.Round(cpu.TotalSeconds / Math.Max(_wall.Elapsed.TotalSeconds, 0.001) / Environment.ProcessorCount, 2));
    }
}
