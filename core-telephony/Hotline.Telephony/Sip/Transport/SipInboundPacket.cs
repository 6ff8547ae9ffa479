using System.Net;

namespace Hotline.Telephony.Sip.Transport;

/// <summary>One complete SIP message as received: a UDP datagram or one framed message from a TCP stream.</summary>
/// <param name="Data">The message bytes (valid only during the handler call; copy to keep).</param>
/// <param name="Transport">The transport it arrived on.</param>
/// <param name="Local">The local address it arrived at.</param>
/// <param name="Remote">The address it came from.</param>
/// <param name="ConnectionId">For TCP, the connection it came on (answers go back on it); 0 for UDP.</param>
public readonly record struct SipInboundPacket(
    ReadOnlyMemory<byte> Data,
    SipTransportKind Transport,
    IPEndPoint Local,
    IPEndPoint Remote,
    long ConnectionId);
