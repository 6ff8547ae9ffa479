namespace Hotline.Telephony.Media.Rtp;

/// <summary>
/// Reception statistics for one synchronisation source: sequence validation with wrap-around, probation and
/// restart (RFC 3550 A.1), loss for reception reports (A.3), interarrival jitter (A.8, §6.4.1), duplicates and reordering.
/// </summary>
/// <remarks>Not thread-safe: one receive loop updates it; readers synchronise outside.</remarks>
public sealed class RtpSourceStatistics
{
    /// <summary>A jump ahead of up to this many sequence numbers is taken as loss (A.1).</summary>
    public const int MaxDropout = 3000;

    /// <summary>A packet up to this many sequence numbers behind is taken as reordered or duplicate (A.1).</summary>
    public const int MaxMisorder = 100;

    private const int SequenceModulo = 1 << 16;
    private const int HistoryBits = 1024;

    private readonly ulong[] _history = new ulong[HistoryBits / 64];
    private readonly int _minSequential;
    private ushort _maxSeq;
    private uint _cycles;
    private uint _baseSeq;
    private uint _badSeq;
    private int _probation;
    private long _received;
    private long _expectedPrior;
    private long _receivedPrior;
    private bool _haveTransit;
    private double _lastArrivalUnits;
    private uint _lastTimestamp;
    private uint _lastSenderReport;
    private TimeSpan _lastSenderReportArrival;

    /// <summary>Starts tracking a source from its first packet's sequence number.</summary>
    /// <param name="ssrc">The source.</param>
    /// <param name="firstSequence">The first packet's sequence number (that packet is then passed to <see cref="Update"/>).</param>
    /// <param name="clockRate">The payload's timestamp clock, 8000 for G.711.</param>
    /// <param name="minSequential">Packets in sequence needed before the source is valid (A.1 uses 2).</param>
    public RtpSourceStatistics(uint ssrc, ushort firstSequence, int clockRate = 8000, int minSequential = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(clockRate, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minSequential, 1);
        Ssrc = ssrc;
        ClockRate = clockRate;
        _minSequential = minSequential;
        InitSequence(firstSequence);
        _maxSeq = (ushort)(firstSequence - 1);
        _probation = minSequential;
    }

    /// <summary>The source.</summary>
    public uint Ssrc { get; }

    /// <summary>The timestamp clock rate jitter is measured in.</summary>
    public int ClockRate { get; }

    /// <summary>Whether the source has passed probation.</summary>
    public bool IsValid => _probation == 0;

    /// <summary>The first sequence number counted (after probation or the last restart).</summary>
    public uint BaseSequence => _baseSeq;

    /// <summary>The highest sequence number seen, extended with the wrap-around count in the upper 16 bits.</summary>
    public uint ExtendedHighestSequence => _cycles + _maxSeq;

    /// <summary>Packets counted as received, duplicates included as RFC 3550 A.3 counts them.</summary>
    public long PacketsReceived => _received;

    /// <summary>Packets expected from the base to the highest sequence number.</summary>
    public long PacketsExpected => IsValid ? (long)ExtendedHighestSequence - _baseSeq + 1 : 0;

    /// <summary>Expected minus received as the report block carries it (may be negative with duplicates).</summary>
    public long CumulativeLost => PacketsExpected - _received;

    /// <summary>Packets received more than once.</summary>
    public long Duplicates { get; private set; }

    /// <summary>Packets that arrived after a later-numbered one.</summary>
    public long Reordered { get; private set; }

    /// <summary>Times the source restarted its sequence (a confirmed large jump).</summary>
    public int Restarts { get; private set; }

    /// <summary>Packets not counted: during probation or a large unconfirmed jump.</summary>
    public long PacketsNotCounted { get; private set; }

    /// <summary>Interarrival jitter in timestamp units (the smoothed |D| of §6.4.1).</summary>
    public double Jitter { get; private set; }

    /// <summary>The highest jitter seen so far, in timestamp units.</summary>
    public double MaxJitter { get; private set; }

    /// <summary>Interarrival jitter in milliseconds.</summary>
    public double JitterMilliseconds => Jitter * 1000.0 / ClockRate;

    /// <summary>Payload octets of the counted packets.</summary>
    public long PayloadOctets { get; private set; }

    /// <summary>Whether an SR from this source has been received (then LSR/DLSR are reported).</summary>
    public bool HasSenderReport { get; private set; }

    /// <summary>Accounts for one packet from the source.</summary>
    /// <param name="sequence">Its sequence number.</param>
    /// <param name="timestamp">Its RTP timestamp.</param>
    /// <param name="arrival">When it arrived, on any monotonic clock shared by all calls for this source.</param>
    /// <param name="payloadLength">Payload bytes, for the octet count.</param>
    public RtpSequenceStatus Update(ushort sequence, uint timestamp, TimeSpan arrival, int payloadLength = 0)
    {
        var status = UpdateSequence(sequence);
        if (status is RtpSequenceStatus.InOrder or RtpSequenceStatus.Reordered)
        {
            PayloadOctets += payloadLength;
            UpdateJitter(timestamp, arrival);
        }
        else if (status is RtpSequenceStatus.Probation or RtpSequenceStatus.BadSequence)
        {
            PacketsNotCounted++;
        }

        return status;
    }

    private RtpSequenceStatus UpdateSequence(ushort seq)
    {
        var udelta = (ushort)(seq - _maxSeq);
        if (_probation > 0)
        {
            if (seq == (ushort)(_maxSeq + 1))
            {
                _probation--;
                _maxSeq = seq;
                if (_probation == 0)
                {
                    InitSequence(seq);
                    _received++;
                    return RtpSequenceStatus.InOrder;
                }
            }
            else
            {
                _probation = _minSequential - 1;
                _maxSeq = seq;
            }

            return RtpSequenceStatus.Probation;
        }

        if (udelta == 0)
        {
            _received++;
            Duplicates++;
            return RtpSequenceStatus.Duplicate;
        }

        if (udelta < MaxDropout)
        {
            if (seq < _maxSeq)
            {
                _cycles += SequenceModulo;
            }

            var oldExtended = ExtendedHighestSequence;
            _maxSeq = seq;
            Advance(oldExtended, ExtendedHighestSequence);
            _received++;
            return RtpSequenceStatus.InOrder;
        }

        if (udelta <= SequenceModulo - MaxMisorder)
        {
            if (seq == _badSeq)
            {
                // Two sequential packets after a large jump: the source restarted without telling us (A.1).
                InitSequence(seq);
                Restarts++;
                _haveTransit = false;
                _received++;
                return RtpSequenceStatus.InOrder;
            }

            _badSeq = (uint)((seq + 1) & (SequenceModulo - 1));
            return RtpSequenceStatus.BadSequence;
        }

        // Behind the highest: a late or duplicate packet.
        _received++;
        var behind = (ushort)(_maxSeq - seq);
        var extended = (long)ExtendedHighestSequence - behind;
        if (extended < _baseSeq)
        {
            Reordered++;
            return RtpSequenceStatus.Reordered;
        }

        if (MarkSeen((uint)extended))
        {
            Duplicates++;
            return RtpSequenceStatus.Duplicate;
        }

        Reordered++;
        return RtpSequenceStatus.Reordered;
    }

    private void InitSequence(ushort seq)
    {
        _baseSeq = seq;
        _maxSeq = seq;
        _badSeq = SequenceModulo + 1;
        _cycles = 0;
        _received = 0;
        _receivedPrior = 0;
        _expectedPrior = 0;
        Array.Clear(_history);
        MarkSeen(seq);
    }

    private void Advance(uint oldExtended, uint newExtended)
    {
        if (newExtended - oldExtended >= HistoryBits)
        {
            Array.Clear(_history);
        }
        else
        {
            for (var s = oldExtended + 1; s != newExtended; s++)
            {
                _history[(s % HistoryBits) >> 6] &= ~(1UL << (int)(s & 63));
            }
        }

        MarkSeen(newExtended);
    }

    /// <summary>Records an extended sequence number as received; true if it already was.</summary>
    private bool MarkSeen(uint extended)
    {
        if (ExtendedHighestSequence - extended >= HistoryBits)
        {
            return false;
        }

        ref var word = ref _history[(extended % HistoryBits) >> 6];
        var bit = 1UL << (int)(extended & 63);
        var seen = (word & bit) != 0;
        word |= bit;
        return seen;
    }

    private void UpdateJitter(uint timestamp, TimeSpan arrival)
    {
        var arrivalUnits = arrival.Ticks * (double)ClockRate / TimeSpan.TicksPerSecond;
        if (_haveTransit)
        {
            // D(i,j) = (Rj − Ri) − (Sj − Si); the timestamp difference is taken modulo 2^32 so wrap-around is harmless.
            var d = arrivalUnits - _lastArrivalUnits - unchecked((int)(timestamp - _lastTimestamp));
            Jitter += (Math.Abs(d) - Jitter) / 16.0;
            MaxJitter = Math.Max(MaxJitter, Jitter);
        }

        _haveTransit = true;
        _lastArrivalUnits = arrivalUnits;
        _lastTimestamp = timestamp;
    }

    /// <summary>Remembers an SR from this source so the next report block carries LSR and DLSR.</summary>
    public void OnSenderReport(ulong ntpTimestamp, TimeSpan arrival)
    {
        _lastSenderReport = NtpTime.Middle32(ntpTimestamp);
        _lastSenderReportArrival = arrival;
        HasSenderReport = true;
    }

    /// <summary>
    /// The reception report block for this source (A.3). Taking it starts the next reporting interval,
    /// so the fraction lost always covers the time since the previous block.
    /// </summary>
    /// <param name="now">The time on the same clock as the arrivals, for DLSR.</param>
    public RtcpReportBlock TakeReportBlock(TimeSpan now)
    {
        var expected = PacketsExpected;
        var lost = Math.Clamp(expected - _received, RtcpReportBlock.MinCumulativeLost, RtcpReportBlock.MaxCumulativeLost);
        var expectedInterval = expected - _expectedPrior;
        var receivedInterval = _received - _receivedPrior;
        _expectedPrior = expected;
        _receivedPrior = _received;
        var lostInterval = expectedInterval - receivedInterval;
        var fraction = expectedInterval == 0 || lostInterval <= 0 ? 0 : (byte)Math.Min(255, (lostInterval << 8) / expectedInterval);
        return new RtcpReportBlock(
            Ssrc,
            (byte)fraction,
            (int)lost,
            IsValid ? ExtendedHighestSequence : 0,
            (uint)Jitter,
            HasSenderReport ? _lastSenderReport : 0,
            HasSenderReport ? NtpTime.ToCompactDuration(now - _lastSenderReportArrival) : 0);
    }

    /// <summary>The receive side of a quality report: loss over unique packets, jitter, duplicates, reordering.</summary>
    public RtpQualityReport ToQualityReport()
    {
        var expected = PacketsExpected;
        var unique = _received - Duplicates;
        var lost = Math.Max(0, expected - unique);
        return new RtpQualityReport
        {
            RemoteSsrc = Ssrc,
            PacketsReceived = unique,
            PacketsExpected = expected,
            PacketsLost = lost,
            Duplicates = Duplicates,
            Reordered = Reordered,
            JitterMilliseconds = JitterMilliseconds,
            MaxJitterMilliseconds = MaxJitter * 1000.0 / ClockRate,
        };
    }
}
