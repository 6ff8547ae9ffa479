namespace Hotline.Qa.Scoring;

/// <summary>A stretch of a call in seconds from the start of the recording.</summary>
public readonly record struct SecondsRange(double Start, double End)
{
    /// <summary>End − start.</summary>
    public double Length => End - Start;
}
