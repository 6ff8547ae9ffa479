namespace Hotline.Telephony.Media.Dtmf;

/// <summary>Thresholds of <see cref="DtmfToneDetector"/>; defaults follow ITU-T Q.24 practice.</summary>
public sealed record DtmfToneDetectorOptions
{
    /// <summary>Each of the two tones must be at least this loud (dBm0).</summary>
    public double MinimumLevelDbm0 { get; init; } = -30;

    /// <summary>How much louder the low tone may be than the high tone (dB).</summary>
    public double NormalTwistDb { get; init; } = 8;

    /// <summary>How much louder the high tone may be than the low tone (dB).</summary>
    public double ReverseTwistDb { get; init; } = 6;

    /// <summary>Each group's strongest tone must exceed the group's others by this much (dB).</summary>
    public double GroupDominanceDb { get; init; } = 6;

    /// <summary>The share of the signal's energy the two tones must hold (rejects speech, music and noise).</summary>
    public double MinimumToneEnergyShare { get; init; } = 0.7;

    /// <summary>A tone must last about this long to count as a digit.</summary>
    public TimeSpan MinimumDuration { get; init; } = TimeSpan.FromMilliseconds(40);

    /// <summary>A digit ends after about this much time without it (so a repeated digit needs a gap this long).</summary>
    public TimeSpan MinimumGap { get; init; } = TimeSpan.FromMilliseconds(40);
}
