namespace Hotline.Telephony.Media.Mixing;

/// <summary>Settings of a <see cref="ConferenceMixer"/>.</summary>
public sealed class ConferenceMixerOptions
{
    /// <summary>
    /// Scale an output frame down when the sum of its talkers would clip, instead of only saturating.
    /// The gain drops at once to the level that fits and recovers by <see cref="GainRecoveryPerFrame"/> per frame.
    /// </summary>
    public bool AutomaticGain { get; init; } = true;

    /// <summary>How much the automatic gain may rise per 20 ms frame once the peak has passed (0.05 = back to full in 200 ms from 0.5).</summary>
    public float GainRecoveryPerFrame { get; init; } = 0.05f;

    /// <summary>Participants the mixer reserves room for up front, so adding them does not grow its lists.</summary>
    public int InitialCapacity { get; init; } = 8;
}
