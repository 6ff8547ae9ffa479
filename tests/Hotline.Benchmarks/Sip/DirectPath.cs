using System.Globalization;

namespace Hotline.Benchmarks.Sip;

/// <summary>The reference without anything in between: the sipp UAC calls the sipp UAS directly.</summary>
internal sealed class DirectPath : ICallPath
{
    public int UacPort { get; } = LoopbackPorts.Next();

    public int UasPort { get; } = LoopbackPorts.Next();

    public string Target => "127.0.0.1:" + UasPort.ToString(CultureInfo.InvariantCulture);

    public Task SettleAsync() => Task.CompletedTask;

    public PathCost? Cost(long calls) => null;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
