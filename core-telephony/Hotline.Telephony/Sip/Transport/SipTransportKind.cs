namespace Hotline.Telephony.Sip.Transport;

/// <summary>The transport protocols the SIP service listens on.</summary>
public enum SipTransportKind
{
    Udp,
    Tcp,
}
