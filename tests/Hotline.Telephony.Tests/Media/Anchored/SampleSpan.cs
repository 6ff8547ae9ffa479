using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>A stretch of 8 kHz audio: where it starts and how many samples it has.</summary>
internal readonly record struct SampleSpan(int Start, int Length)
{
    /// <summary>The sample after the last one.</summary>
    public int End => Start + Length;

    /// <summary>How long the stretch lasts.</summary>
    public TimeSpan Duration => AudioFormat.DurationOf(Length);
}
