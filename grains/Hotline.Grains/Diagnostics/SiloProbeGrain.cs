using Hotline.Grains.Abstractions.Diagnostics;

namespace Hotline.Grains.Diagnostics;

/// <summary>Stateless probe that proves grain activation and calls work.</summary>
[Orleans.Concurrency.StatelessWorker]
public sealed class SiloProbeGrain(TimeProvider clock) : Grain, ISiloProbeGrain
{
    public Task<DateTimeOffset> PingAsync() => Task.FromResult(clock.GetUtcNow());
}
