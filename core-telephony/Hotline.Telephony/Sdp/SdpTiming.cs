namespace Hotline.Telephony.Sdp;

/// <summary>A t= line (RFC 8866 §5.9) with the r= repeat lines that follow it, kept as written.</summary>
public sealed class SdpTiming
{
    /// <summary>Creates a timing; "0 0" means a permanent, unbounded session (the usual value for calls).</summary>
    public SdpTiming(ulong start, ulong stop)
    {
        Start = start;
        Stop = stop;
    }

    /// <summary>NTP start time in seconds, 0 when unbounded.</summary>
    public ulong Start { get; set; }

    /// <summary>NTP stop time in seconds, 0 when unbounded.</summary>
    public ulong Stop { get; set; }

    /// <summary>The values of the r= lines belonging to this timing (RFC 8866 §5.10), kept raw.</summary>
    public IList<string> Repeats { get; } = [];

    /// <inheritdoc />
    public override string ToString() => $"{Start} {Stop}";
}
