namespace Hotline.Telephony.Media.Dtmf;

/// <summary>Tuning for <see cref="TelephoneEventReceiver"/>.</summary>
public sealed record TelephoneEventReceiverOptions
{
    /// <summary>An event with no packet for this long is taken as ended (its end packets were lost).</summary>
    public TimeSpan EndTimeout { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The RTP clock rate of the telephone-event format (8000 unless the SDP says otherwise).</summary>
    public int ClockRate { get; init; } = 8000;
}
