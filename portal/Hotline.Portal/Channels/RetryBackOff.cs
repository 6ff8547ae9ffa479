namespace Hotline.Portal.Channels;

/// <summary>The exponential back-off between delivery attempts (webhooks, texts): the first delay, doubled per further failure, capped.</summary>
public static class RetryBackOff
{
    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failed attempt (1 = the first failure).</summary>
    public static TimeSpan Delay(int failedAttempts, TimeSpan first, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        // Past 2^30 the cap has long been reached; stopping the shift there keeps it from overflowing.
        var factor = 1L << Math.Min(failedAttempts - 1, 30);
        var ticks = first.Ticks > max.Ticks / factor ? max.Ticks : first.Ticks * factor;
        return TimeSpan.FromTicks(Math.Min(ticks, max.Ticks));
    }
}
