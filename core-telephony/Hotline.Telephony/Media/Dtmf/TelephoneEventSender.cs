namespace Hotline.Telephony.Media.Dtmf;

/// <summary>
/// Produces the RFC 4733 packets for a key press: a start packet with the marker bit, updates while the key is held,
/// then repeated end packets, all carrying the event's start timestamp.
/// </summary>
/// <remarks>
/// <see cref="Sequence"/> gives the whole plan; an instance replays it against the stream's RTP timestamp clock, so the
/// RTP sender asks on each tick whether a packet is due (and sends it instead of audio).
/// </remarks>
public sealed class TelephoneEventSender
{
    private readonly TelephoneEventSenderOptions _options;
    private TelephoneEventPacket[] _plan = [];
    private int _next;

    /// <summary>Creates a sender.</summary>
    public TelephoneEventSender(TelephoneEventSenderOptions? options = null) =>
        _options = Validate(options ?? new TelephoneEventSenderOptions());

    /// <summary>True while packets of the current event remain.</summary>
    public bool IsSending => _next < _plan.Length;

    /// <summary>The packets for one digit held for <paramref name="duration"/> (at most about 8 s), starting at <paramref name="startTimestamp"/>.</summary>
    public static IReadOnlyList<TelephoneEventPacket> Sequence(
        char digit, uint startTimestamp, TimeSpan duration, TelephoneEventSenderOptions? options = null)
    {
        options = Validate(options ?? new TelephoneEventSenderOptions());
        var code = (byte)DtmfDigits.ToEventCode(digit);
        var total = Units(duration, options.ClockRate);
        if (total is <= 0 or > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A digit lasts more than zero and at most 65535 timestamp units.");
        }

        var update = Math.Max(1, Units(options.UpdateInterval, options.ClockRate));
        var endInterval = Units(options.EndInterval, options.ClockRate);
        var packets = new List<TelephoneEventPacket>
        {
            new(startTimestamp, startTimestamp, true, new TelephoneEvent(code, false, options.Volume, 0)),
        };
        for (var at = update; at < total; at += update)
        {
            packets.Add(new((uint)(startTimestamp + at), startTimestamp, false, new TelephoneEvent(code, false, options.Volume, (ushort)at)));
        }

        for (var i = 0; i < options.EndPackets; i++)
        {
            var sendAt = (uint)(startTimestamp + total + (i * endInterval));
            packets.Add(new(sendAt, startTimestamp, false, new TelephoneEvent(code, true, options.Volume, (ushort)total)));
        }

        return packets;
    }

    /// <summary>Starts sending a digit whose event begins at <paramref name="startTimestamp"/> (the stream's current timestamp).</summary>
    public void Start(char digit, uint startTimestamp, TimeSpan duration)
    {
        if (IsSending)
        {
            throw new InvalidOperationException("The previous digit is still being sent.");
        }

        _plan = [.. Sequence(digit, startTimestamp, duration, _options)];
        _next = 0;
    }

    /// <summary>Takes the next packet due at the stream's timestamp clock <paramref name="now"/>, if any; call until false.</summary>
    public bool TryGetPacket(uint now, out TelephoneEventPacket packet)
    {
        if (_next < _plan.Length && (int)(now - _plan[_next].SendAt) >= 0)
        {
            packet = _plan[_next++];
            return true;
        }

        packet = default;
        return false;
    }

    /// <summary>Stops the current digit (e.g. the call ended).</summary>
    public void Cancel() => _next = _plan.Length;

    private static int Units(TimeSpan span, int clockRate) => (int)Math.Round(span.TotalSeconds * clockRate);

    private static TelephoneEventSenderOptions Validate(TelephoneEventSenderOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.ClockRate, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.EndPackets, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Volume, (byte)63, nameof(options));
        return options;
    }
}
