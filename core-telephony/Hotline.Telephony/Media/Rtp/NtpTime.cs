namespace Hotline.Telephony.Media.Rtp;

/// <summary>NTP timestamps as RTCP uses them (RFC 3550 §4): 64-bit seconds.fraction since 1900, and the compact middle 32 bits.</summary>
public static class NtpTime
{
    private static readonly DateTimeOffset Epoch = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The 64-bit NTP timestamp of <paramref name="time"/>.</summary>
    public static ulong FromDateTime(DateTimeOffset time)
    {
        var ticks = (time.UtcDateTime - Epoch.UtcDateTime).Ticks;
        var seconds = (ulong)(ticks / TimeSpan.TicksPerSecond);
        var fraction = (ulong)(ticks % TimeSpan.TicksPerSecond) * (1UL << 32) / TimeSpan.TicksPerSecond;
        return (seconds << 32) | fraction;
    }

    /// <summary>The wallclock time of a 64-bit NTP timestamp (era 0, i.e. before 2036).</summary>
    public static DateTimeOffset ToDateTime(ulong ntp)
    {
        var seconds = (long)(ntp >> 32);
        var fractionTicks = (long)((ntp & 0xFFFFFFFF) * TimeSpan.TicksPerSecond >> 32);
        return Epoch.AddTicks((seconds * TimeSpan.TicksPerSecond) + fractionTicks);
    }

    /// <summary>The middle 32 bits (16.16 fixed point seconds) used by LSR, DLSR and round-trip arithmetic.</summary>
    public static uint Middle32(ulong ntp) => (uint)(ntp >> 16);

    /// <summary>A duration in the 1/65536 s units of DLSR, saturating at the field's maximum.</summary>
    public static uint ToCompactDuration(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return 0;
        }

        var units = duration.Ticks * 65536.0 / TimeSpan.TicksPerSecond;
        return units >= uint.MaxValue ? uint.MaxValue : (uint)units;
    }

    /// <summary>A duration given in 1/65536 s units.</summary>
    public static TimeSpan FromCompactDuration(uint units) => TimeSpan.FromTicks((long)(units * (double)TimeSpan.TicksPerSecond / 65536.0));

    /// <summary>
    /// Round-trip time from a report block about our stream (§6.4.1): arrival − LSR − DLSR, all compact NTP.
    /// Null when the peer has not yet received an SR from us (LSR is 0) or the clocks give a negative figure.
    /// </summary>
    public static TimeSpan? RoundTrip(uint arrivalCompact, uint lastSenderReport, uint delaySinceLastSenderReport)
    {
        if (lastSenderReport == 0)
        {
            return null;
        }

        var rtt = unchecked((int)(arrivalCompact - lastSenderReport - delaySinceLastSenderReport));
        return rtt < 0 ? null : FromCompactDuration((uint)rtt);
    }
}
