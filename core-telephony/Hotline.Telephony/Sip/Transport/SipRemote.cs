using System.Net;

namespace Hotline.Telephony.Sip.Transport;

/// <summary>Where a SIP message came from or goes to: transport, address and, for TCP, the connection.</summary>
/// <param name="Transport">UDP or TCP.</param>
/// <param name="EndPoint">The peer's address and port.</param>
/// <param name="ConnectionId">The TCP connection to use (0: any, or open one); always 0 for UDP.</param>
public readonly record struct SipRemote(SipTransportKind Transport, IPEndPoint EndPoint, long ConnectionId = 0)
{
    /// <summary>TCP delivers reliably, so no retransmission timers run (RFC 3261 §17).</summary>
    public bool IsReliable => Transport != SipTransportKind.Udp;

    /// <inheritdoc />
    public override string ToString() => $"{Transport.ToString().ToLowerInvariant()}:{EndPoint}";
}
