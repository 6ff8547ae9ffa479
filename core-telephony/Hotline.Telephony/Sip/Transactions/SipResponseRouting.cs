using System.Net;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>Where responses to an inbound request go (RFC 3261 §18.2.2 with RFC 3581 rport).</summary>
internal static class SipResponseRouting
{
    private const int DefaultSipPort = 5060;

    public static SipRemote RemoteFor(SipInboundMessage inbound)
    {
        var remote = inbound.Remote;
        // Over a connection the response goes back on it; with rport the client asked for the source port (NAT).
        if (remote.IsReliable || inbound.Message.TopVia is not { } via || via.HasRport)
        {
            return remote;
        }

        // §18.2.2: otherwise to the source address ("received") and the sent-by port.
        var port = via.Port ?? DefaultSipPort;
        return port == remote.EndPoint.Port ? remote : remote with { EndPoint = new IPEndPoint(remote.EndPoint.Address, port) };
    }
}
