using Hotline.Qa.Audio;

namespace Hotline.Portal.Components.Pages.Qa;

/// <summary>A recording reduced to a few hundred peaks per channel (0–1, the loudest sample of each slice): enough to draw, small enough to send.</summary>
/// <param name="Duration">Seconds of audio.</param>
/// <param name="Caller">The caller channel's peaks, in time order.</param>
/// <param name="Agent">The agent channel's peaks, in time order.</param>
public sealed record WaveformPeaks(double Duration, IReadOnlyList<float> Caller, IReadOnlyList<float> Agent)
{
    /// <summary>Slices both channels of <paramref name="recording"/> into <paramref name="count"/> equal parts (fewer when it is shorter) and keeps each part's peak.</summary>
    public static WaveformPeaks Of(StereoRecording recording, int count)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new WaveformPeaks(recording.Duration, Peaks(recording.Caller, count), Peaks(recording.Agent, count));
    }

    private static float[] Peaks(float[] samples, int count)
    {
        var slices = Math.Min(count, samples.Length);
        var peaks = new float[slices];
        for (var i = 0; i < slices; i++)
        {
            var start = (int)((long)samples.Length * i / slices);
            var end = (int)((long)samples.Length * (i + 1) / slices);
            var peak = 0f;
            for (var s = start; s < end; s++)
                peak = Math.Max(peak, Math.Abs(samples[s]));
            peaks[i] = Math.Min(peak, 1f);
        }

        return peaks;
    }
}
