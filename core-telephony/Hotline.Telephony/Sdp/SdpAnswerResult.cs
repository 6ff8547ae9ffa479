namespace Hotline.Telephony.Sdp;

/// <summary>Our answer to an offer and, when audio was accepted, what was negotiated for it.</summary>
public sealed record SdpAnswerResult(SessionDescription Answer, NegotiatedAudio? Audio)
{
    /// <summary>True when an audio stream was accepted; when false the caller usually rejects the request with 488.</summary>
    public bool IsAccepted => Audio is not null;
}
