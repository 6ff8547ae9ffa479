namespace Hotline.Analytics.Ingestion;

/// <summary>When the outbox consumer sends a batch: at least <see cref="MinBatchRows"/> rows, or whatever waits once the oldest is <see cref="MaxBatchAge"/> old.</summary>
public sealed class OutboxIngestionOptions
{
    /// <summary>Rows that make a batch worth sending at once (10 000).</summary>
    public int MinBatchRows { get; set; } = 10_000;

    /// <summary>The most rows one batch claims (50 000).</summary>
    public int MaxBatchRows { get; set; } = 50_000;

    /// <summary>How long the oldest waiting row may wait for a fuller batch (1 s).</summary>
    public TimeSpan MaxBatchAge { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the consumer looks at the outbox when nothing was due (200 ms).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The first pause after a failed delivery; it doubles per failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest pause between retries (30 s).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
