using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>
/// RTP and RTCP for one call leg (RFC 3550): a socket pair from the port range, a receive loop with symmetric-RTP
/// latching, per-source statistics, sending with our SSRC/sequence/timestamp, and periodic SR/RR with BYE on close.
/// </summary>
/// <remarks>
/// Received packets are handed to <see cref="PacketReceived"/> over a buffer reused for the next datagram, so the
/// steady state allocates nothing per packet. Send may be called from any thread.
/// </remarks>
public sealed partial class RtpSession : IAsyncDisposable, IDisposable
{
    private readonly RtpSessionOptions _options;
    private readonly TimeProvider _time;
    private readonly long _startTimestamp;
    private readonly RtpPortLease _lease;
    private readonly Socket _rtpSocket;
    private readonly Socket _rtcpSocket;
    private readonly byte[] _rtpReceiveBuffer;
    private readonly byte[] _rtcpReceiveBuffer;
    private readonly byte[] _sendBuffer;
    private readonly bool[]? _payloadTypes;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _stateLock = new();
    private readonly Lock _sendLock = new();
    private Task _rtpLoop = Task.CompletedTask;
    private Task _rtcpLoop = Task.CompletedTask;
    private Task _reportLoop = Task.CompletedTask;
    private RtpReceivePoller.Registration? _rtpRegistration;
    private RtpReceivePoller.Registration? _rtcpRegistration;
    private int _started;
    private int _closed;

    // Receive state, guarded by _stateLock.
    private SocketAddress? _candidate;
    private SocketAddress? _latched;
    private IPEndPoint? _latchedEndPoint;
    private RtpSourceStatistics? _source;
    private RtpQualityReport _earlierSources = RtpQualityReport.Empty;
    private long _delivered;
    private long _malformedRtp;
    private long _otherSources;
    private long _unexpectedPayloadType;
    private long _notDelivered;
    private long _handlerErrors;

    // Send state, guarded by _sendLock.
    private SocketAddress? _rtpDestination;
    private ushort _sequence;
    private uint _timestamp;
    private long _packetsSent;
    private long _octetsSent;
    private long _sendFailures;
    private uint _lastSentTimestamp;
    private TimeSpan _lastSentAt;
    private bool _hasSent;

    private RtpSession(RtpSessionOptions options, RtpPortLease lease, Socket rtp, Socket rtcp)
    {
        _options = options;
        _time = options.TimeProvider;
        _startTimestamp = _time.GetTimestamp();
        _lease = lease;
        _rtpSocket = rtp;
        _rtcpSocket = rtcp;
        LocalRtpEndPoint = (IPEndPoint)rtp.LocalEndPoint!;
        LocalRtcpEndPoint = (IPEndPoint)rtcp.LocalEndPoint!;
        // With a shared poller, datagrams are read into its buffer: the session needs none of its own.
        _rtpReceiveBuffer = options.Receiver is null ? ArrayPool<byte>.Shared.Rent(options.MaxDatagramSize) : [];
        _rtcpReceiveBuffer = options.Receiver is null ? ArrayPool<byte>.Shared.Rent(options.MaxDatagramSize) : [];
        _sendBuffer = ArrayPool<byte>.Shared.Rent(options.MaxDatagramSize);
        Ssrc = RandomUInt32();
        _sequence = (ushort)RandomNumberGenerator.GetInt32(ushort.MaxValue + 1);
        _timestamp = RandomUInt32();
        // SDES items hold at most 255 bytes: a longer name (e.g. from a caller's oversized number) falls back to the default.
        CanonicalName = options.CanonicalName is { } name && Encoding.UTF8.GetByteCount(name) <= MaxSdesText
            ? name
            : $"hotline-{Ssrc:x8}@{LocalRtpEndPoint.Address}";
        _canonicalNamePacket = CanonicalNamePacket();
        if (options.PayloadTypes is { } accepted)
        {
            _payloadTypes = new bool[RtpHeader.MaxPayloadType + 1];
            foreach (var pt in accepted)
            {
                if (pt is >= 0 and <= RtpHeader.MaxPayloadType)
                {
                    _payloadTypes[pt] = true;
                }
            }
        }

        SetRemote(options.RemoteRtp, options.RemoteRtcp);
    }

    /// <summary>Our synchronisation source, chosen at random (RFC 3550 §8).</summary>
    public uint Ssrc { get; }

    /// <summary>Our SDES CNAME.</summary>
    public string CanonicalName { get; }

    /// <summary>Where we receive RTP (the port to put in our SDP m= line).</summary>
    public IPEndPoint LocalRtpEndPoint { get; }

    /// <summary>Where we receive RTCP (RTP port + 1).</summary>
    public IPEndPoint LocalRtcpEndPoint { get; }

    /// <summary>The timestamp the next <see cref="Send"/> uses.</summary>
    public uint NextTimestamp
    {
        get
        {
            lock (_sendLock)
            {
                return _timestamp;
            }
        }
    }

    /// <summary>The sequence number the next packet gets.</summary>
    public ushort NextSequenceNumber
    {
        get
        {
            lock (_sendLock)
            {
                return _sequence;
            }
        }
    }

    /// <summary>Whether RTP has latched to a source address.</summary>
    public bool IsLatched
    {
        get
        {
            lock (_stateLock)
            {
                return _latched is not null;
            }
        }
    }

    /// <summary>Raised on the receive loop for each accepted RTP packet (in order or late, never duplicates).</summary>
    public event RtpPacketReceivedHandler? PacketReceived;

    /// <summary>Raised on the RTCP receive loop for each valid compound from the peer.</summary>
    public event EventHandler<RtcpReceivedEventArgs>? RtcpReceived;

    /// <summary>Raised when the peer sends an RTCP BYE.</summary>
    public event EventHandler? GoodbyeReceived;

    /// <summary>Leases a port pair, binds both sockets and returns the session, not yet receiving (call <see cref="Start"/>).</summary>
    /// <exception cref="RtpPortsExhaustedException">No pair is free, or none of the tried pairs could be bound.</exception>
    public static RtpSession Open(RtpPortAllocator ports, RtpSessionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ports);
        options ??= new RtpSessionOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ClockRate, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.LatchPackets, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDatagramSize, RtpHeader.FixedSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RtcpInterval, TimeSpan.FromMilliseconds(10));
        SocketException? lastFailure = null;
        var attempts = Math.Max(1, Math.Min(options.BindAttempts, ports.Capacity));
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var lease = ports.Allocate();
            Socket? rtp = null;
            Socket? rtcp = null;
            try
            {
                rtp = Bind(options, lease.RtpPort);
                rtcp = Bind(options, lease.RtcpPort);
                return new RtpSession(options, lease, rtp, rtcp);
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
            {
                // Another process holds one of the ports: leave this pair and try the next.
                lastFailure = ex;
                rtp?.Dispose();
                rtcp?.Dispose();
                lease.Dispose();
            }
            catch
            {
                rtp?.Dispose();
                rtcp?.Dispose();
                lease.Dispose();
                throw;
            }
        }

        throw new RtpPortsExhaustedException(
            $"No bindable RTP port pair on {options.LocalAddress} after {attempts} attempts in {ports.FirstPort}-{ports.LastPort}.",
            lastFailure!);
    }

    private static Socket Bind(RtpSessionOptions options, int port)
    {
        var socket = new Socket(options.LocalAddress.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            if (options.SocketBufferSize is { } size)
            {
                socket.ReceiveBufferSize = size;
                socket.SendBufferSize = size;
            }

            socket.Bind(new IPEndPoint(options.LocalAddress, port));
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Starts the receive loops and the RTCP report timer; subscribe to the events first.</summary>
    public void Start()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _closed) != 0, this);
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            return;
        }

        if (_options.Receiver is { } poller)
        {
            _rtpRegistration = poller.Register(_rtpSocket, this, rtcp: false);
            _rtcpRegistration = poller.Register(_rtcpSocket, this, rtcp: true);
        }
        else
        {
            _rtpLoop = Task.Run(() => ReceiveLoopAsync(_rtpSocket, _rtpReceiveBuffer, LocalRtpEndPoint, OnRtpDatagram));
            _rtcpLoop = Task.Run(() => ReceiveLoopAsync(_rtcpSocket, _rtcpReceiveBuffer, LocalRtcpEndPoint, OnRtcpDatagram));
        }

        if (_options.RtcpEnabled)
        {
            _reportLoop = Task.Run(ReportLoopAsync);
        }
    }

    /// <summary>
    /// Sets where the peer wants media (from SDP, e.g. after a re-INVITE) and starts latching afresh:
    /// until the new source's first valid packets arrive we send to this address.
    /// </summary>
    public void SetRemote(IPEndPoint? rtp, IPEndPoint? rtcp = null)
    {
        lock (_stateLock)
        {
            _candidate = null;
            _latched = null;
            _latchedEndPoint = null;
            _rtcpLatched = null;
            _rtcpLatchedEndPoint = null;
        }

        lock (_sendLock)
        {
            _rtpDestination = rtp?.Serialize();
        }

        SetRtcpDestination(rtcp ?? (rtp is null ? null : new IPEndPoint(rtp.Address, rtp.Port + 1)));
    }

    /// <summary>
    /// Sends one RTP packet stamped with the current timestamp, then advances the timestamp by
    /// <paramref name="timestampIncrement"/> (160 after a 20 ms G.711 frame; 0 to keep it for the next packet of a telephone event).
    /// </summary>
    /// <returns>False when there is nowhere to send yet, the session is closed, or the socket refused.</returns>
    public bool Send(ReadOnlySpan<byte> payload, byte payloadType, uint timestampIncrement, bool marker = false)
    {
        lock (_sendLock)
        {
            var sent = SendLocked(payload, payloadType, _timestamp, marker);
            _timestamp += timestampIncrement;
            return sent;
        }
    }

    /// <summary>Sends one RTP packet with an explicit timestamp (the next sequence number is still ours).</summary>
    public bool SendAt(ReadOnlySpan<byte> payload, byte payloadType, uint timestamp, bool marker = false)
    {
        lock (_sendLock)
        {
            return SendLocked(payload, payloadType, timestamp, marker);
        }
    }

    /// <summary>Moves the running timestamp on without sending, e.g. over a pause in transmission.</summary>
    public void AdvanceTimestamp(uint increment)
    {
        lock (_sendLock)
        {
            _timestamp += increment;
        }
    }

    private bool SendLocked(ReadOnlySpan<byte> payload, byte payloadType, uint timestamp, bool marker)
    {
        if (_rtpDestination is null || Volatile.Read(ref _closed) != 0)
        {
            _sendFailures++;
            return false;
        }

        var header = new RtpHeader(payloadType, _sequence, timestamp, Ssrc, marker);
        if (!RtpPacketWriter.TryWrite(_sendBuffer, header, payload, out var length))
        {
            throw new ArgumentException($"An RTP payload of {payload.Length} bytes exceeds the {_options.MaxDatagramSize}-byte datagram limit.", nameof(payload));
        }

        try
        {
            _rtpSocket.SendTo(_sendBuffer.AsSpan(0, length), SocketFlags.None, _rtpDestination);
        }
        catch (SocketException)
        {
            _sendFailures++;
            return false;
        }
        catch (ObjectDisposedException)
        {
            _sendFailures++;
            return false;
        }

        _sequence++;
        _packetsSent++;
        _octetsSent += payload.Length;
        _lastSentTimestamp = timestamp;
        _lastSentAt = Elapsed;
        _hasSent = true;
        return true;
    }

    private TimeSpan Elapsed => _time.GetElapsedTime(_startTimestamp);

    /// <summary>Receives datagrams on one of the session's two sockets until the session stops.</summary>
    private async Task ReceiveLoopAsync(Socket socket, byte[] buffer, IPEndPoint local, DatagramHandler onDatagram)
    {
        var from = new SocketAddress(local.AddressFamily);
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            int length;
            try
            {
                length = await socket.ReceiveFromAsync(buffer.AsMemory(0, _options.MaxDatagramSize), SocketFlags.None, from, token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
            {
                break;
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.OperationAborted or SocketError.Interrupted)
            {
                break;
            }
            catch (SocketException)
            {
                // ICMP errors (connection reset) and truncation leave the socket usable.
                continue;
            }

            onDatagram(buffer.AsSpan(0, length), from);
        }
    }

    /// <summary>Handles one RTP datagram (from the session's own loop or the shared poller), over a buffer reused afterwards.</summary>
    internal void OnRtpDatagram(ReadOnlySpan<byte> datagram, SocketAddress from)
    {
        if (Volatile.Read(ref _closed) != 0)
        {
            return;
        }

        var status = RtpPacketView.Parse(datagram, out var packet);
        var arrival = Elapsed;
        RtpSequenceStatus sequence;
        lock (_stateLock)
        {
            if (status != RtpParseStatus.Ok)
            {
                _malformedRtp++;
                return;
            }

            if (_latched is not null && !_latched.Equals(from))
            {
                _otherSources++;
                return;
            }

            if (_payloadTypes is not null && !_payloadTypes[packet.PayloadType])
            {
                _unexpectedPayloadType++;
                return;
            }

            if (_latched is null && (_candidate is null || !_candidate.Equals(from)))
            {
                // Latching starts over with each new address until one sends enough packets in sequence.
                _candidate = Copy(from);
                RetireSource();
            }

            if (_source is null || _source.Ssrc != packet.Ssrc)
            {
                RetireSource();
                _source = new RtpSourceStatistics(packet.Ssrc, packet.SequenceNumber, _options.ClockRate, _options.LatchPackets);
            }

            sequence = _source.Update(packet.SequenceNumber, packet.Timestamp, arrival, packet.Payload.Length);
            if (sequence is not (RtpSequenceStatus.InOrder or RtpSequenceStatus.Reordered))
            {
                _notDelivered++;
                return;
            }

            if (_latched is null)
            {
                Latch();
            }

            _delivered++;
        }

        try
        {
            PacketReceived?.Invoke(this, new RtpReceivedPacket(packet, arrival, sequence));
        }
#pragma warning disable CA1031 // A failing consumer must not stop the leg's media.
        catch (Exception)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref _handlerErrors);
        }
    }

    /// <summary>Keeps a finished source's figures for the leg's report (after an SSRC change or a re-latch).</summary>
    private void RetireSource()
    {
        if (_source is { IsValid: true })
        {
            _earlierSources = _earlierSources.CombineReceive(_source.ToQualityReport());
        }

        _source = null;
    }

    private void Latch()
    {
        _latched = _candidate;
        _latchedEndPoint = (IPEndPoint)new IPEndPoint(IPAddress.Any, 0).Create(_latched!);
        lock (_sendLock)
        {
            // Symmetric RTP (RFC 4961): answer where the peer's packets come from.
            _rtpDestination = _latched;
        }

        FollowLatchForRtcp(_latchedEndPoint);
    }

    private static SocketAddress Copy(SocketAddress address)
    {
        var copy = new SocketAddress(address.Family, address.Size);
        address.Buffer.Span[..address.Size].CopyTo(copy.Buffer.Span);
        return copy;
    }

    private static uint RandomUInt32()
    {
        Span<byte> bytes = stackalloc byte[4];
        RandomNumberGenerator.Fill(bytes);
        return BitConverter.ToUInt32(bytes);
    }

    /// <summary>A snapshot of the session's counters.</summary>
    public RtpSessionStatistics GetStatistics()
    {
        var statistics = new RtpSessionStatistics();
        lock (_sendLock)
        {
            statistics = statistics with { PacketsSent = _packetsSent, OctetsSent = _octetsSent, SendFailures = _sendFailures };
        }

        lock (_stateLock)
        {
            return statistics with
            {
                PacketsDelivered = _delivered,
                MalformedRtp = _malformedRtp,
                MalformedRtcp = _malformedRtcp,
                RtpFromOtherSources = _otherSources,
                RtcpFromOtherSources = _rtcpOtherSources,
                UnexpectedPayloadType = _unexpectedPayloadType,
                PacketsNotDelivered = _notDelivered,
                HandlerErrors = Interlocked.Read(ref _handlerErrors),
                RtcpSent = _rtcpSent,
                RtcpReceived = _rtcpReceived,
                LatchedRemote = _latchedEndPoint,
                RemoteSsrc = _source is { IsValid: true } ? _source.Ssrc : null,
                PeerReportOnUs = _peerReportOnUs,
                RoundTrip = _roundTrip,
                PeerSentGoodbye = _peerGoodbye,
            };
        }
    }

    /// <summary>The leg's media quality so far, both directions, for the call detail record.</summary>
    public RtpQualityReport GetQualityReport()
    {
        long sent, octets;
        lock (_sendLock)
        {
            sent = _packetsSent;
            octets = _octetsSent;
        }

        lock (_stateLock)
        {
            var received = _source is { IsValid: true } ? _earlierSources.CombineReceive(_source.ToQualityReport()) : _earlierSources;
            var remote = _peerReportOnUs;
            return received with
            {
                PacketsSent = sent,
                OctetsSent = octets,
                RoundTripMilliseconds = _roundTrip?.TotalMilliseconds,
                RemoteLossPercent = remote is { } r && r.ExtendedHighestSequence > 0 && sent > 0
                    ? Math.Max(0, 100.0 * r.CumulativeLost / sent)
                    : null,
                RemoteJitterMilliseconds = remote is { } j ? j.Jitter * 1000.0 / _options.ClockRate : null,
                PacketsFromOtherSources = _otherSources,
                MalformedPackets = _malformedRtp + _malformedRtcp,
            };
        }
    }

    /// <summary>Sends a final report with BYE (when RTCP is on), stops receiving, closes the sockets and frees the ports.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        if (_options.RtcpEnabled && Volatile.Read(ref _started) != 0)
        {
            SendReport(goodbye: true);
        }

        if (_options.Receiver is { } poller)
        {
            if (_rtpRegistration is { } rtp)
            {
                poller.Unregister(rtp);
            }

            if (_rtcpRegistration is { } rtcp)
            {
                poller.Unregister(rtcp);
            }
        }

        await _stop.CancelAsync();
        _rtpSocket.Dispose();
        _rtcpSocket.Dispose();
        try
        {
            await Task.WhenAll(_rtpLoop, _rtcpLoop, _reportLoop);
        }
        catch (OperationCanceledException)
        {
        }

        _lease.Dispose();
        _stop.Dispose();
        if (_options.Receiver is null)
        {
            ArrayPool<byte>.Shared.Return(_rtpReceiveBuffer);
            ArrayPool<byte>.Shared.Return(_rtcpReceiveBuffer);
        }
        lock (_sendLock)
        {
            ArrayPool<byte>.Shared.Return(_sendBuffer);
        }
    }

    private delegate void DatagramHandler(ReadOnlySpan<byte> datagram, SocketAddress from);

    /// <summary>Same as <see cref="DisposeAsync"/>, blocking until the loops have ended.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
