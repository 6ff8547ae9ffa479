namespace Hotline.Grains.Abstractions.Calls;

/// <summary>What the telephony node knows when a call ends: why, and what its media recorded and measured.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.CallEndInfo")]
public sealed record CallEndInfo
{
    /// <summary>When the call ended.</summary>
    [Id(0)] public required DateTimeOffset At { get; init; }

    /// <summary>Who or what ended it, e.g. "caller hung up".</summary>
    [Id(1)] public required string Reason { get; init; }

    /// <summary>The SIP status that ended it, where there was one.</summary>
    [Id(2)] public int? SipStatus { get; init; }

    /// <summary>True when the end was a failure (no media, no ACK, refused).</summary>
    [Id(3)] public bool Failed { get; init; }

    /// <summary>The stereo recording, empty when the call was not recorded.</summary>
    [Id(4)] public string RecordingPath { get; init; } = "";

    /// <summary>The recording's length.</summary>
    [Id(5)] public TimeSpan RecordingLength { get; init; }

    /// <summary>The worst loss fraction (0–1) measured on any leg.</summary>
    [Id(6)] public double LossFraction { get; init; }

    /// <summary>The worst interarrival jitter measured on any leg, in milliseconds.</summary>
    [Id(7)] public double JitterMilliseconds { get; init; }
}
