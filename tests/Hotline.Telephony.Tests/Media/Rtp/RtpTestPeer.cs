using System.Net;
using System.Net.Sockets;
using Hotline.Telephony.Media.Rtp;

namespace Hotline.Telephony.Tests.Media.Rtp;

/// <summary>A bare UDP socket on loopback that sends hand-made RTP, standing in for a phone or an attacker.</summary>
internal sealed class RtpTestPeer : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);

    public RtpTestPeer()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        EndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    public IPEndPoint EndPoint { get; }

    public void SendRtp(IPEndPoint to, uint ssrc, ushort sequence, byte payloadType = 0, int payloadLength = 160)
    {
        var buffer = new byte[RtpPacketWriter.GetSize(payloadLength)];
        RtpPacketWriter.TryWrite(buffer, new RtpHeader(payloadType, sequence, sequence * 160u, ssrc), new byte[payloadLength], out _);
        _socket.SendTo(buffer, to);
    }

    public void SendRaw(IPEndPoint to, byte[] datagram) => _socket.SendTo(datagram, to);

    /// <summary>Receives RTP packets until <paramref name="timeout"/> passes without one; returns their sequence numbers.</summary>
    public async Task<List<ushort>> ReceiveRtpAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var sequences = new List<ushort>();
        var buffer = new byte[2048];
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(timeout);
            try
            {
                var received = await _socket.ReceiveAsync(buffer, SocketFlags.None, wait.Token);
                if (RtpPacketView.Parse(buffer.AsSpan(0, received), out var packet) == RtpParseStatus.Ok)
                {
                    sequences.Add(packet.SequenceNumber);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return sequences;
            }
        }
    }

    public void Dispose() => _socket.Dispose();
}
