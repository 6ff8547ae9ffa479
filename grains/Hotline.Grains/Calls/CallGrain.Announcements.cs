using System.Globalization;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Grains.Calls;

/// <summary>While a caller waits, it hears its place in the queue every so often (between stretches of music on hold).</summary>
public sealed partial class CallGrain
{
    /// <summary>How often a waiting caller hears its position when the queue does not say.</summary>
    public static readonly TimeSpan DefaultAnnounceEvery = TimeSpan.FromSeconds(30);

    private IGrainTimer? _announcements;

    private void StartAnnouncements()
    {
        if (_announcements is not null || S.Node is null || S.AnnounceEvery <= TimeSpan.Zero)
        {
            return;
        }

        _announcements = this.RegisterGrainTimer(
            AnnounceAsync, new GrainTimerCreationOptions(S.AnnounceEvery, S.AnnounceEvery) { Interleave = false });
    }

    private void StopAnnouncements()
    {
        _announcements?.Dispose();
        _announcements = null;
    }

    private async Task AnnounceAsync(CancellationToken cancellationToken)
    {
        // Only a caller still waiting hears it; ringing an agent means the wait is about to end.
        if (S.Phase != CallPhase.Queued || S.Queue is not { } queue || S.Node is not { } node)
        {
            return;
        }

        var position = await GrainFactory.GetGrain<IQueueGrain>(queue).PositionOfAsync(CallId);
        if (position is not { } ahead)
        {
            return;
        }

        var text = ahead <= 1
            ? "您是下一位，坐席马上为您服务，请稍候。"
            : string.Create(CultureInfo.InvariantCulture, $"您前面还有{ahead - 1}位来电，请耐心等待。");
        await node.AnnounceAsync(CallId, text);
    }
}
