namespace Hotline.Telephony.Media.Dtmf;

/// <summary>
/// Turns a stream of RFC 4733 telephone-event packets into exactly one digit per key press (RFC 4733 §2.5.2).
/// </summary>
/// <remarks>
/// An event is identified by its RTP timestamp: repeated updates, several end packets and late retransmissions
/// of the same timestamp yield one digit. If the start is lost the first update or end packet starts the event;
/// if all end packets are lost, the next event or <see cref="TelephoneEventReceiverOptions.EndTimeout"/> of
/// silence ends it (<see cref="Poll"/> checks the timeout). Not thread-safe: one receiver per call leg.
/// </remarks>
public sealed class TelephoneEventReceiver
{
    // Long presses outlast the 16-bit duration field; the sender then starts a new segment of the same event.
    private const int SegmentLimit = 0xFFFF - 1600;
    private const int CompletedMemory = 8;
    private const int MaxPending = 64;

    private readonly TelephoneEventReceiverOptions _options;
    private readonly TimeProvider _time;
    private readonly Queue<DtmfDigitReceived> _received = new(4);
    private readonly uint[] _completed = new uint[CompletedMemory];
    private int _completedCount;
    private int _completedNext;
    private bool _active;
    private uint _timestamp;
    private uint _firstTimestamp;
    private byte _eventCode;
    private ushort _segmentDuration;
    private long _earlierSegments;
    private long _lastPacketAt;
    private int _payloadType;

    /// <summary>Creates a receiver for the payload type the SDP negotiated for telephone-event (e.g. 96 or 101).</summary>
    public TelephoneEventReceiver(int payloadType, TelephoneEventReceiverOptions? options = null, TimeProvider? time = null)
    {
        PayloadType = payloadType;
        _options = options ?? new TelephoneEventReceiverOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.ClockRate, nameof(options));
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The telephone-event payload type; may change when a re-INVITE renegotiates.</summary>
    public int PayloadType
    {
        get => _payloadType;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 127);
            _payloadType = value;
        }
    }

    /// <summary>The digit of the key currently held, if any (lets a prompt stop as soon as a key goes down).</summary>
    public char? CurrentDigit => _active ? DtmfDigits.FromEventCode(_eventCode) : null;

    /// <summary>Digits completed and not yet read.</summary>
    public int Pending => _received.Count;

    /// <summary>
    /// Offers an RTP packet. Returns false when its payload type is not telephone-event (the caller treats it as audio);
    /// true when it was consumed, whether or not it completed a digit. Malformed and non-DTMF events are consumed and ignored.
    /// </summary>
    public bool Receive(int payloadType, uint timestamp, bool marker, ReadOnlySpan<byte> payload)
    {
        if (payloadType != _payloadType)
        {
            return false;
        }

        if (!TelephoneEvent.TryRead(payload, out var e) || e.Digit is null || WasCompleted(timestamp))
        {
            return true;
        }

        var now = _time.GetTimestamp();
        if (_active && timestamp == _timestamp)
        {
            _segmentDuration = Math.Max(_segmentDuration, e.Duration);
            _lastPacketAt = now;
            if (e.End)
            {
                Complete(DtmfEventEnding.EndPacket);
            }

            return true;
        }

        if (_active && !marker && e.EventCode == _eventCode && _segmentDuration >= SegmentLimit
            && IsAfter(timestamp, _timestamp))
        {
            // The next segment of a long press (RFC 4733 §2.5.1.3).
            _earlierSegments += _segmentDuration;
            Remember(_timestamp);
            _timestamp = timestamp;
            _segmentDuration = e.Duration;
            _lastPacketAt = now;
            if (e.End)
            {
                Complete(DtmfEventEnding.EndPacket);
            }

            return true;
        }

        if (_active)
        {
            if (!IsAfter(timestamp, _timestamp))
            {
                // A late packet of an event older than the one in progress.
                return true;
            }

            Complete(DtmfEventEnding.NextEvent);
        }

        _active = true;
        _timestamp = timestamp;
        _firstTimestamp = timestamp;
        _eventCode = e.EventCode;
        _segmentDuration = e.Duration;
        _earlierSegments = 0;
        _lastPacketAt = now;
        if (e.End)
        {
            Complete(DtmfEventEnding.EndPacket);
        }

        return true;
    }

    /// <summary>Ends an event whose end packets never came once the timeout has passed; call on the media tick.</summary>
    public void Poll()
    {
        if (_active && _time.GetElapsedTime(_lastPacketAt) >= _options.EndTimeout)
        {
            Complete(DtmfEventEnding.Timeout);
        }
    }

    /// <summary>Takes the oldest completed digit.</summary>
    public bool TryReadDigit(out DtmfDigitReceived digit) => _received.TryDequeue(out digit);

    private static bool IsAfter(uint timestamp, uint reference) => (int)(timestamp - reference) > 0;

    private void Complete(DtmfEventEnding ending)
    {
        var units = _earlierSegments + _segmentDuration;
        var duration = TimeSpan.FromTicks(units * TimeSpan.TicksPerSecond / _options.ClockRate);
        // A flood of events faster than they are read keeps only the newest; the IVR's own buffer is bounded the same way.
        if (_received.Count >= MaxPending)
        {
            _received.Dequeue();
        }

        _received.Enqueue(new DtmfDigitReceived(DtmfDigits.FromEventCode(_eventCode)!.Value, duration, _firstTimestamp, ending));
        Remember(_timestamp);
        _active = false;
    }

    private void Remember(uint timestamp)
    {
        _completed[_completedNext] = timestamp;
        _completedNext = (_completedNext + 1) % CompletedMemory;
        _completedCount = Math.Min(_completedCount + 1, CompletedMemory);
    }

    private bool WasCompleted(uint timestamp)
    {
        // Older than the latest finished event, but not so old that it must be a new stream's timestamp base.
        if (_completedCount > 0)
        {
            var latest = _completed[(_completedNext + CompletedMemory - 1) % CompletedMemory];
            var age = (long)(int)(latest - timestamp);
            if (age >= 0 && age < 10L * _options.ClockRate)
            {
                return true;
            }
        }

        for (var i = 0; i < _completedCount; i++)
        {
            if (_completed[i] == timestamp)
            {
                return true;
            }
        }

        return false;
    }
}
