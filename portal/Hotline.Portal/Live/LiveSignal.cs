namespace Hotline.Portal.Live;

/// <summary>A raw report from the grain call filter, before the hub has read the grains' new state.</summary>
internal abstract record LiveSignal
{
    internal sealed record AgentTouched(string Extension) : LiveSignal;

    internal sealed record QueueTouched(string Queue) : LiveSignal;

    internal sealed record CallOffered(string CallId, string CallerNumber, string CalledNumber, DateTimeOffset ArrivedAt) : LiveSignal;

    internal sealed record CallIvrDone(string CallId, IReadOnlyList<string> Path) : LiveSignal;

    internal sealed record CallRinging(string CallId, string Queue, string Extension) : LiveSignal;

    internal sealed record CallTouched(string CallId) : LiveSignal;

    internal sealed record CallEnded(string CallId) : LiveSignal;

    /// <summary>Another silo's call changed: the hub re-reads the call's grain (the caller, the IVR path and where it is now).</summary>
    internal sealed record CallRelayed(string CallId) : LiveSignal;
}
