namespace Hotline.Benchmarks.Sip;

/// <summary>What sits between the sipp UAC and the sipp UAS in one step: nothing, a proxy, or Hotline's B2BUA.</summary>
internal interface ICallPath : IAsyncDisposable
{
    /// <summary>The port the UAC sends from (a trunk's allow-list names it).</summary>
    int UacPort { get; }

    /// <summary>The port the UAS listens on.</summary>
    int UasPort { get; }

    /// <summary>Where the UAC sends its INVITEs, host:port.</summary>
    string Target { get; }

    /// <summary>Waits (bounded) until the path has released the step's calls, so the next step starts clean.</summary>
    Task SettleAsync();

    /// <summary>What the path's own process spent during the step, when it can tell (Hotline runs in this process).</summary>
    PathCost? Cost(long calls);
}
