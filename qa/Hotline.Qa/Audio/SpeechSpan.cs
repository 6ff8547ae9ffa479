namespace Hotline.Qa.Audio;

/// <summary>A stretch of a recording, in seconds from its start.</summary>
public readonly record struct SpeechSpan(double Start, double End)
{
    /// <summary>Seconds covered.</summary>
    public double Length => End - Start;
}
