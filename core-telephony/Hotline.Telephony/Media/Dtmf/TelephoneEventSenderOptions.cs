namespace Hotline.Telephony.Media.Dtmf;

/// <summary>How <see cref="TelephoneEventSender"/> paces an event.</summary>
public sealed record TelephoneEventSenderOptions
{
    /// <summary>Interval between updates while the key is held (RFC 4733 suggests 50 ms).</summary>
    public TimeSpan UpdateInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How many end packets to send (RFC 4733 §2.5.1.4 asks for three).</summary>
    public int EndPackets { get; init; } = 3;

    /// <summary>Interval between the end packets.</summary>
    public TimeSpan EndInterval { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Volume field, in −dBm0 (0–63).</summary>
    public byte Volume { get; init; } = 10;

    /// <summary>The RTP clock rate of the telephone-event format.</summary>
    public int ClockRate { get; init; } = 8000;
}
