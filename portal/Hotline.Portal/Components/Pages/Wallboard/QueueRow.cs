using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Portal.Components.Pages.Wallboard;

/// <summary>A queue on the wallboard: its snapshot and when it was read, so the longest wait keeps growing between changes.</summary>
public sealed record QueueRow(QueueSnapshot Snapshot, DateTimeOffset ReadAt)
{
    /// <summary>The longest wait at <paramref name="now"/>: the snapshot's, plus the time since it was read while anyone waits.</summary>
    public TimeSpan LongestWaitAt(DateTimeOffset now) =>
        Snapshot.Waiting > 0 ? Snapshot.LongestWait + (now - ReadAt) : TimeSpan.Zero;
}
