namespace Hotline.Benchmarks.Media;

/// <summary>Hotline's cost over a measuring window (the phones' threads excluded); CPU in cores (1 = one core busy).</summary>
internal sealed record MediaCostResult(
    double WindowSeconds,
    double HotlineCores,
    double CpuMicrosecondsPerCallSecond,
    double PhoneCores,
    double ClockThreadCores,
    int ClockThreads,
    double ReceiveThreadCores,
    double RecordingThreadCores,
    double ClockMicrosecondsPerTick,
    long ClockTicks,
    long LateTicks,
    long LateTicksSinceStart,
    long AllocatedBytes,
    double AllocatedBytesPerPacket,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections);
