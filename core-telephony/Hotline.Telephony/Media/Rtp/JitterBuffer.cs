namespace Hotline.Telephony.Media.Rtp;

/// <summary>
/// A playout buffer for one audio stream that is mixed or recorded: packets go in as they arrive (any order),
/// a 20 ms clock pulls one frame per tick. Frames are placed by RTP timestamp, so reordering, duplicates,
/// sequence and timestamp wrap-around and silence-suppression gaps are handled; a new SSRC restarts the stream.
/// </summary>
/// <remarks>Thread-safe: the receive loop puts and the mixer clock pulls. Storage is allocated once.</remarks>
public sealed class JitterBuffer
{
    private const int FarLateRestartCount = 3;

    private readonly Lock _lock = new();
    private readonly JitterBufferOptions _options;
    private readonly int _samplesPerFrame;
    private readonly int _capacity;
    private readonly int _minFrames;
    private readonly int _maxFrames;
    private readonly byte[] _payloads;
    private readonly int[] _lengths;
    private readonly long[] _frames;
    private readonly uint[] _timestamps;
    private readonly ushort[] _sequences;
    private readonly byte[] _payloadTypes;
    private readonly bool[] _markers;

    private bool _hasStream;
    private uint _ssrc;
    private long _referenceExtended;
    private uint _referenceRaw;
    private bool _playing;
    private bool _everPlayed;
    private long _next;
    private long _highest;
    private int _count;
    private int _target;
    private int _farLate;
    private int _windowPulls;
    private int _windowLate;
    private long _windowMinDepth = long.MaxValue;

    private long _put;
    private long _played;
    private long _lost;
    private long _underflows;
    private long _overflows;
    private long _dropped;
    private long _duplicates;
    private long _tooLate;
    private long _oversized;
    private long _restarts;

    /// <summary>Creates a buffer; all storage is allocated here.</summary>
    public JitterBuffer(JitterBufferOptions? options = null)
    {
        _options = options ?? new JitterBufferOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.ClockRate, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.FrameDuration, TimeSpan.FromMilliseconds(1), nameof(options));
        _samplesPerFrame = (int)Math.Round(_options.FrameDuration.TotalSeconds * _options.ClockRate);
        ArgumentOutOfRangeException.ThrowIfLessThan(_samplesPerFrame, 1, nameof(options));
        _minFrames = Math.Max(1, Frames(_options.MinDepth));
        _maxFrames = Math.Max(_minFrames, Frames(_options.MaxDepth));
        _target = Math.Clamp(Frames(_options.TargetDepth), _minFrames, _maxFrames);
        _capacity = Math.Max(_options.CapacityFrames, _maxFrames + 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxPayloadSize, 1, nameof(options));
        _payloads = new byte[_capacity * _options.MaxPayloadSize];
        _lengths = new int[_capacity];
        _frames = new long[_capacity];
        _timestamps = new uint[_capacity];
        _sequences = new ushort[_capacity];
        _payloadTypes = new byte[_capacity];
        _markers = new bool[_capacity];
        Array.Fill(_lengths, -1);
    }

    /// <summary>RTP timestamp units per frame (160 for 20 ms at 8 kHz).</summary>
    public int SamplesPerFrame => _samplesPerFrame;

    /// <summary>The largest payload a frame holds, so the size a pull's destination needs.</summary>
    public int MaxPayloadSize => _options.MaxPayloadSize;

    private int Frames(TimeSpan depth) => (int)Math.Ceiling(depth.Ticks / (double)_options.FrameDuration.Ticks);

    /// <summary>Offers a received packet (its payload is copied).</summary>
    public JitterBufferPutResult Put(in RtpPacketView packet) =>
        Put(packet.Ssrc, packet.SequenceNumber, packet.Timestamp, packet.PayloadType, packet.Marker, packet.Payload);

    /// <summary>Offers a received packet by its fields (the payload is copied).</summary>
    public JitterBufferPutResult Put(uint ssrc, ushort sequenceNumber, uint timestamp, byte payloadType, bool marker, ReadOnlySpan<byte> payload)
    {
        lock (_lock)
        {
            _put++;
            if (payload.Length > _options.MaxPayloadSize)
            {
                _oversized++;
                return JitterBufferPutResult.Oversized;
            }

            var result = JitterBufferPutResult.Accepted;
            if (!_hasStream || ssrc != _ssrc)
            {
                result = Restart(ssrc, timestamp);
            }

            var frame = FrameOf(timestamp);
            if (_everPlayed && frame < _next)
            {
                // Far behind playout, repeatedly: the sender reset its timestamps without a new SSRC.
                if (_next - frame > _capacity && ++_farLate >= FarLateRestartCount)
                {
                    Restart(ssrc, timestamp);
                    frame = FrameOf(timestamp);
                    result = JitterBufferPutResult.Restarted;
                }
                else
                {
                    _tooLate++;
                    _windowLate++;
                    Grow();
                    return JitterBufferPutResult.TooLate;
                }
            }

            _farLate = 0;
            var low = _everPlayed ? _next : (_count > 0 ? LowestBuffered() : frame);
            if (frame < low)
            {
                // Before playout has begun an earlier packet may extend the window down, as long as the span still fits.
                if ((_count > 0 ? _highest : frame) - frame >= _capacity)
                {
                    _tooLate++;
                    return JitterBufferPutResult.TooLate;
                }
            }
            else if (frame - low >= _capacity)
            {
                if (_count == 0)
                {
                    // Nothing buffered: after a long pause the stream simply continues further on; buffer up again.
                    _playing = false;
                    _next = frame;
                }
                else
                {
                    DropBefore(frame - _capacity + 1);
                    result = result == JitterBufferPutResult.Accepted ? JitterBufferPutResult.Overflow : result;
                }
            }

            var slot = Slot(frame);
            if (_lengths[slot] >= 0)
            {
                _duplicates++;
                return JitterBufferPutResult.Duplicate;
            }

            _lengths[slot] = payload.Length;
            _frames[slot] = frame;
            _timestamps[slot] = timestamp;
            _sequences[slot] = sequenceNumber;
            _payloadTypes[slot] = payloadType;
            _markers[slot] = marker;
            payload.CopyTo(_payloads.AsSpan(slot * _options.MaxPayloadSize));
            _count++;
            _highest = _count == 1 ? frame : Math.Max(_highest, frame);

            // Too much delay buffered (a burst after a stall, or a sender clock running fast): drop back to the target.
            if (_playing && _highest - _next + 1 > _maxFrames)
            {
                DropBefore(_highest - _target + 1);
                result = result == JitterBufferPutResult.Accepted ? JitterBufferPutResult.Overflow : result;
            }

            return result;
        }
    }

    /// <summary>
    /// Called once per frame duration by the playout clock: copies the frame due now into <paramref name="destination"/>
    /// (at least <see cref="MaxPayloadSize"/> bytes) and returns true, or returns false with the reason in
    /// <paramref name="frame"/> (lost → conceal; underflow or buffering → silence).
    /// </summary>
    public bool TryGetNextFrame(Span<byte> destination, out JitterBufferFrame frame)
    {
        lock (_lock)
        {
            if (!_playing)
            {
                if (_count == 0 || _highest - LowestBuffered() + 1 < _target)
                {
                    frame = new JitterBufferFrame(JitterFrameStatus.Buffering);
                    return false;
                }

                _next = LowestBuffered();
                _playing = true;
                _everPlayed = true;
            }

            if (_count == 0)
            {
                _playing = false;
                _underflows++;
                _windowLate++;
                Grow();
                frame = new JitterBufferFrame(JitterFrameStatus.Underflow, Timestamp: TimestampOf(_next));
                return false;
            }

            var slot = Slot(_next);
            bool played;
            if (_lengths[slot] >= 0 && _frames[slot] == _next)
            {
                var length = _lengths[slot];
                if (destination.Length < length)
                {
                    throw new ArgumentException($"The destination holds {destination.Length} bytes; the frame has {length}.", nameof(destination));
                }

                _payloads.AsSpan(slot * _options.MaxPayloadSize, length).CopyTo(destination);
                frame = new JitterBufferFrame(JitterFrameStatus.Frame, length, _payloadTypes[slot], _timestamps[slot], _sequences[slot], _markers[slot]);
                _lengths[slot] = -1;
                _count--;
                _played++;
                played = true;
            }
            else
            {
                frame = new JitterBufferFrame(JitterFrameStatus.Lost, Timestamp: TimestampOf(_next));
                _lost++;
                played = false;
            }

            _next++;
            Adapt();
            return played;
        }
    }

    /// <summary>Discards everything buffered and waits for a new stream (e.g. after a re-INVITE or hold).</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _dropped += _count;
            Clear();
            _hasStream = false;
        }
    }

    /// <summary>A snapshot of the counters and depth.</summary>
    public JitterBufferStatistics GetStatistics()
    {
        lock (_lock)
        {
            var depth = _count == 0 ? 0 : _highest - (_playing ? _next : LowestBuffered()) + 1;
            return new JitterBufferStatistics
            {
                PacketsPut = _put,
                FramesPlayed = _played,
                FramesLost = _lost,
                Underflows = _underflows,
                Overflows = _overflows,
                FramesDropped = _dropped,
                Duplicates = _duplicates,
                TooLate = _tooLate,
                Oversized = _oversized,
                Restarts = _restarts,
                BufferedFrames = _count,
                TargetDepth = _options.FrameDuration * _target,
                CurrentDepth = _options.FrameDuration * Math.Max(0, depth),
            };
        }
    }

    private JitterBufferPutResult Restart(uint ssrc, uint timestamp)
    {
        var restarted = _hasStream;
        if (restarted)
        {
            _restarts++;
            _dropped += _count;
        }

        Clear();
        _hasStream = true;
        _ssrc = ssrc;
        _referenceRaw = timestamp;
        _referenceExtended = 0;
        return restarted ? JitterBufferPutResult.Restarted : JitterBufferPutResult.Accepted;
    }

    private void Clear()
    {
        Array.Fill(_lengths, -1);
        _count = 0;
        _playing = false;
        _everPlayed = false;
        _next = 0;
        _highest = 0;
        _farLate = 0;
    }

    /// <summary>The frame index of a timestamp, unwrapping it against the highest seen so 2^32 wrap-around is seamless.</summary>
    private long FrameOf(uint timestamp)
    {
        var extended = _referenceExtended + unchecked((int)(timestamp - _referenceRaw));
        if (extended > _referenceExtended)
        {
            _referenceExtended = extended;
            _referenceRaw = timestamp;
        }

        return Math.DivRem(extended, _samplesPerFrame) is var (q, r) && r < 0 ? q - 1 : q;
    }

    private uint TimestampOf(long frame) => unchecked((uint)(_referenceRaw + ((frame * _samplesPerFrame) - _referenceExtended)));

    private int Slot(long frame) => (int)(((frame % _capacity) + _capacity) % _capacity);

    private long LowestBuffered()
    {
        var lowest = long.MaxValue;
        for (var i = 0; i < _capacity; i++)
        {
            if (_lengths[i] >= 0 && _frames[i] < lowest)
            {
                lowest = _frames[i];
            }
        }

        return lowest;
    }

    /// <summary>Drops buffered frames before <paramref name="frame"/> and moves playout there.</summary>
    private void DropBefore(long frame)
    {
        var dropped = 0;
        for (var i = 0; i < _capacity; i++)
        {
            if (_lengths[i] >= 0 && _frames[i] < frame)
            {
                _lengths[i] = -1;
                _count--;
                dropped++;
            }
        }

        _overflows++;
        _dropped += dropped;
        if (_everPlayed)
        {
            _next = Math.Max(_next, frame);
        }
    }

    private void Grow()
    {
        if (_options.Adaptive && _target < _maxFrames)
        {
            _target++;
        }
    }

    /// <summary>
    /// After a window with no late packet or underflow, lowers the target and drops a frame if the delay stayed more than a
    /// frame above it. One frame over is only where packets land between two pulls: dropping audio for it would cut a
    /// frame out of a clean stream every window while gaining nothing lasting.
    /// </summary>
    private void Adapt()
    {
        var depth = _count == 0 ? 0 : _highest - _next + 1;
        _windowMinDepth = Math.Min(_windowMinDepth, depth);
        if (++_windowPulls < _options.AdaptationWindowFrames)
        {
            return;
        }

        if (_options.Adaptive && _windowLate == 0)
        {
            if (_target > _minFrames)
            {
                _target--;
            }

            if (_windowMinDepth > _target + 1 && _count > 0)
            {
                var slot = Slot(_next);
                if (_lengths[slot] >= 0 && _frames[slot] == _next)
                {
                    _lengths[slot] = -1;
                    _count--;
                    _dropped++;
                }

                _next++;
            }
        }

        _windowPulls = 0;
        _windowLate = 0;
        _windowMinDepth = long.MaxValue;
    }
}
