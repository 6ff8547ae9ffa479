using Hotline.Qa.Review;

namespace Hotline.Qa.Hosting;

/// <summary>How the QA pipeline runs (section <c>Hotline:Qa</c>, beside the transcription settings).</summary>
public sealed class QaSettings
{
    /// <summary>Calls waiting in the queue before the feed waits (back-pressure).</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>A worker's claim on a call expires after this long (a worker that died leaves it to another).</summary>
    public double LeaseMinutes { get; set; } = 30;

    /// <summary>Tries per call before it is given up (worker lost or deadline passed each time).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Transcription workers in this process (0: only separate <c>qa-worker</c> processes transcribe).</summary>
    public int Workers { get; set; } = 1;

    /// <summary>The scorecard calls are scored on (its newest version).</summary>
    public string Scorecard { get; set; } = "standard";

    /// <summary>Seconds between reads of new call records by the call-end feed.</summary>
    public double FeedSeconds { get; set; } = 5;

    /// <summary>Which calls go to inspectors.</summary>
    public SamplingSettings Sampling { get; set; } = new();
}
