namespace Hotline.Qa.Audio;

/// <summary>A call recording split into its two channels, as samples in [-1, 1].</summary>
/// <param name="Caller">The left channel.</param>
/// <param name="Agent">The right channel.</param>
public sealed record StereoRecording(float[] Caller, float[] Agent, int SampleRate)
{
    /// <summary>Seconds of audio.</summary>
    public double Duration => (double)Caller.Length / SampleRate;
}
