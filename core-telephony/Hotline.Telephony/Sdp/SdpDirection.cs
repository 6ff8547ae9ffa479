namespace Hotline.Telephony.Sdp;

/// <summary>Media direction attributes of RFC 8866 §6.7, seen from the side that wrote the description.</summary>
public enum SdpDirection
{
    /// <summary>Sends and receives (the default when no direction attribute is present).</summary>
    SendRecv,

    /// <summary>Sends only; used to put the peer on hold (RFC 3264 §8.4).</summary>
    SendOnly,

    /// <summary>Receives only.</summary>
    RecvOnly,

    /// <summary>Neither sends nor receives.</summary>
    Inactive,
}
