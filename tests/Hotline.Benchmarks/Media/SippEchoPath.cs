using System.Globalization;
using Hotline.Telephony.Media.Sessions;

namespace Hotline.Benchmarks.Media;

/// <summary>The reference with nothing in between: the calling sipp calls the echoing sipp directly and the phones send to its echo port.</summary>
internal sealed class SippEchoPath : IMediaPath
{
    public string Name => "sipp_rtp_echo";

    public bool ReclocksMedia => false;

    public int UacPort { get; } = LoopbackPorts.Next();

    public int UasPort { get; } = LoopbackPorts.Next();

    public string Target => "127.0.0.1:" + UasPort.ToString(CultureInfo.InvariantCulture);

    public MediaEngine? Engine => null;

    public bool OwnsRtpPort(int port) => false;

    public Task SettleAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
