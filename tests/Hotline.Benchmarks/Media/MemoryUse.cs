namespace Hotline.Benchmarks.Media;

/// <summary>Live managed heap (after a full collection) and resident set size of this process, in bytes.</summary>
internal sealed record MemoryUse(long Managed, long Resident)
{
    public static MemoryUse Now()
    {
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        return new MemoryUse(managed, Environment.WorkingSet);
    }

    /// <summary>KiB per call that <paramref name="loaded"/> holds over this baseline (managed, resident).</summary>
    public (double Managed, double Resident) PerCall(MemoryUse loaded, int calls) =>
        (Math.Round((loaded.Managed - Managed) / 1024.0 / Math.Max(1, calls), 1),
         Math.Round((loaded.Resident - Resident) / 1024.0 / Math.Max(1, calls), 1));
}
