using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>RTCP for the session: periodic SR/RR + SDES, BYE on close, and the peer's reports (RFC 3550 §6).</summary>
public sealed partial class RtpSession
{
    private const int MaxSdesText = 255;

    // SR with one block (52) + SDES with a 255-byte CNAME (268) + BYE (8).
    private const int MaxReportSize = 328;

    // The periodic report is written into this buffer (guarded by _rtcpSendLock), followed by the SDES built once.
    private readonly byte[] _rtcpSendBuffer = new byte[MaxReportSize];
    private readonly Lock _rtcpSendLock = new();
    private readonly byte[] _canonicalNamePacket;

    // Guarded by _stateLock.
    private SocketAddress? _rtcpLatched;
    private IPEndPoint? _rtcpLatchedEndPoint;
    private SocketAddress? _rtcpDestination;
    private long _malformedRtcp;
    private long _rtcpOtherSources;
    private long _rtcpSent;
    private long _rtcpReceived;
    private RtcpReportBlock? _peerReportOnUs;
    private TimeSpan? _roundTrip;
    private bool _peerGoodbye;

    private void SetRtcpDestination(IPEndPoint? rtcp)
    {
        lock (_stateLock)
        {
            _rtcpDestination = rtcp?.Serialize();
        }
    }

    /// <summary>Called under _stateLock when RTP latches: without RTCP from the peer yet, report to its RTP address + 1.</summary>
    private void FollowLatchForRtcp(IPEndPoint rtp)
    {
        if (_rtcpLatched is null && rtp.Port < IPEndPoint.MaxPort)
        {
            _rtcpDestination = new IPEndPoint(rtp.Address, rtp.Port + 1).Serialize();
        }
    }

    /// <summary>Sends an SR (when we have been sending) or RR with our CNAME now, outside the regular schedule.</summary>
    public bool SendReportNow() => SendReport(goodbye: false);

    private TimeSpan RandomisedInterval() =>
        _options.RtcpInterval * (0.5 + (RandomNumberGenerator.GetInt32(0, 1001) / 1000.0));

    private async Task ReportLoopAsync()
    {
        var token = _stop.Token;

        // The first report goes out after half an interval (§6.2), later ones at 0.5–1.5 intervals. One timer whose
        // period changes, rather than a Task.Delay per report, so reporting allocates nothing once running.
        using var timer = new PeriodicTimer(RandomisedInterval() / 2, _time);
        while (!token.IsCancellationRequested)
        {
            try
            {
                if (!await timer.WaitForNextTickAsync(token))
                {
                    break;
                }
            }
            catch (OperationCanceledException)
            {
                break;
            }

            SendReport(goodbye: false);
            timer.Period = RandomisedInterval();
        }
    }

    private bool SendReport(bool goodbye)
    {
        var now = Elapsed;
        var wallclock = _time.GetUtcNow();
        RtcpReportBlock? block;
        SocketAddress? destination;
        lock (_stateLock)
        {
            destination = _rtcpDestination;
            if (destination is null)
            {
                return false;
            }

            block = _source is { IsValid: true } source ? source.TakeReportBlock(now) : null;
        }

        lock (_rtcpSendLock)
        {
            var datagram = _rtcpSendBuffer.AsSpan();
            int length;
            lock (_sendLock)
            {
                // An SR only while we are actually sending (§6.4): its RTP timestamp is extrapolated to the NTP instant.
                if (_hasSent && now - _lastSentAt < 2 * _options.RtcpInterval)
                {
                    var rtpTimestamp = _lastSentTimestamp + (uint)((now - _lastSentAt).Ticks * (double)_options.ClockRate / TimeSpan.TicksPerSecond);
                    var info = new RtcpSenderInfo(NtpTime.FromDateTime(wallclock), rtpTimestamp, (uint)_packetsSent, (uint)_octetsSent);
                    length = RtcpSenderReport.Write(datagram, Ssrc, info, block);
                }
                else
                {
                    length = RtcpReceiverReport.Write(datagram, Ssrc, block);
                }
            }

            _canonicalNamePacket.CopyTo(datagram[length..]);
            length += _canonicalNamePacket.Length;
            if (goodbye)
            {
                new RtcpGoodbye([Ssrc]).TryWrite(datagram[length..], out var written);
                length += written;
            }

            try
            {
                _rtcpSocket.SendTo(datagram[..length], SocketFlags.None, destination);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                return false;
            }
        }

        lock (_stateLock)
        {
            _rtcpSent++;
        }

        return true;
    }

    private byte[] CanonicalNamePacket()
    {
        var sdes = RtcpSourceDescription.ForCanonicalName(Ssrc, CanonicalName);
        var packet = new byte[sdes.Size];
        sdes.TryWrite(packet, out _);
        return packet;
    }

    /// <summary>Handles one RTCP datagram (from the session's own loop or the shared poller).</summary>
    internal void OnRtcpDatagram(ReadOnlySpan<byte> datagram, SocketAddress from)
    {
        if (Volatile.Read(ref _closed) != 0)
        {
            return;
        }

        // Reduced-size RTCP (RFC 5506) is accepted from peers; what we send is always a full compound.
        var result = RtcpCompoundPacket.Parse(datagram, allowReducedSize: true);
        var arrival = Elapsed;
        var wallclock = _time.GetUtcNow();
        IPEndPoint sender;
        var goodbye = false;
        lock (_stateLock)
        {
            if (!result.IsValid)
            {
                _malformedRtcp++;
                return;
            }

            if (_rtcpLatched is not null)
            {
                if (!_rtcpLatched.Equals(from))
                {
                    _rtcpOtherSources++;
                    return;
                }

                sender = _rtcpLatchedEndPoint!;
            }
            else
            {
                sender = (IPEndPoint)new IPEndPoint(IPAddress.Any, 0).Create(from);
                if (_latchedEndPoint is not null && !_latchedEndPoint.Address.Equals(sender.Address))
                {
                    _rtcpOtherSources++;
                    return;
                }

                _rtcpLatched = Copy(from);
                _rtcpLatchedEndPoint = sender;
                _rtcpDestination = _rtcpLatched;
            }

            _rtcpReceived++;
            foreach (var packet in result.Packets)
            {
                switch (packet)
                {
                    case RtcpSenderReport sr:
                        if (_source is not null && _source.Ssrc == sr.Ssrc)
                        {
                            _source.OnSenderReport(sr.SenderInfo.NtpTimestamp, arrival);
                        }

                        TakePeerBlocks(sr.Reports, wallclock);
                        break;
                    case RtcpReceiverReport rr:
                        TakePeerBlocks(rr.Reports, wallclock);
                        break;
                    case RtcpGoodbye:
                        _peerGoodbye = true;
                        goodbye = true;
                        break;
                }
            }
        }

        try
        {
            RtcpReceived?.Invoke(this, new RtcpReceivedEventArgs(result.Packets, sender, arrival));
            if (goodbye)
            {
                GoodbyeReceived?.Invoke(this, EventArgs.Empty);
            }
        }
#pragma warning disable CA1031 // A failing consumer must not stop the leg's RTCP.
        catch (Exception)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref _handlerErrors);
        }
    }

    private void TakePeerBlocks(IReadOnlyList<RtcpReportBlock> blocks, DateTimeOffset wallclock)
    {
        foreach (var block in blocks)
        {
            if (block.Ssrc != Ssrc)
            {
                continue;
            }

            _peerReportOnUs = block;
            var arrival = NtpTime.Middle32(NtpTime.FromDateTime(wallclock));
            if (NtpTime.RoundTrip(arrival, block.LastSenderReport, block.DelaySinceLastSenderReport) is { } rtt)
            {
                _roundTrip = rtt;
            }
        }
    }
}
