namespace Hotline.Telephony.Media.Sessions;

/// <summary>How a DTMF digit reached the platform.</summary>
public enum DtmfSource
{
    /// <summary>An RFC 4733 telephone-event in the RTP stream.</summary>
    Rfc4733,

    /// <summary>A SIP INFO request (application/dtmf-relay or application/dtmf).</summary>
    SipInfo,

    /// <summary>Tones detected in the audio (Goertzel), for peers that negotiated no telephone-event.</summary>
    InBand,
}
