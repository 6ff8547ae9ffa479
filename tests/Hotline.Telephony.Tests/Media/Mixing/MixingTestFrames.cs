using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Mixing;

/// <summary>Frames with recognisable contents for the mixer tests.</summary>
internal static class MixingTestFrames
{
    public static short[] Constant(int value) => Enumerable.Repeat((short)value, AudioFormat.FrameSamples).ToArray();

    /// <summary>A ramp offset by <paramref name="start"/>, so frames from different talkers differ sample by sample.</summary>
    public static short[] Ramp(int start) => Enumerable.Range(start, AudioFormat.FrameSamples).Select(i => (short)i).ToArray();

    public static short[] Sum(params short[][] frames) =>
        Enumerable.Range(0, AudioFormat.FrameSamples).Select(n => (short)frames.Sum(f => f[n])).ToArray();

    public static short[] Silence() => new short[AudioFormat.FrameSamples];
}
