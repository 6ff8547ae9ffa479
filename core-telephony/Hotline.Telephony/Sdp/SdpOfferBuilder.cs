namespace Hotline.Telephony.Sdp;

/// <summary>Builds our audio offer (RFC 3264 §5): one m=audio line with our codecs, telephone-event and direction.</summary>
public static class SdpOfferBuilder
{
    /// <summary>
    /// An offer for the endpoint, stamped with the dialog's o= line (the version grows only when the offer changed,
    /// RFC 3264 §8). To hold the peer, pass the endpoint with Direction = SendOnly (or Inactive if it already holds us).
    /// </summary>
    public static SessionDescription Build(LocalAudioEndpoint local, LocalSdpSession session)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(session);
        local.Validate();
        var formats = local.Codecs.Select(c => c.ToPayloadFormat()).ToList();
        if (local.TelephoneEventPayloadType is { } te)
        {
            formats.Add(new RtpPayloadFormat(te, TelephoneEventSet.EncodingName, 8000, 1, local.TelephoneEvents));
        }

        var description = LocalAudioMedia.CreateSession(local, session);
        description.Media.Add(LocalAudioMedia.CreateAudio(local, "RTP/AVP", formats, local.Ptime, local.RtcpMux, mid: null, local.Direction));
        session.Stamp(description);
        return description;
    }
}
