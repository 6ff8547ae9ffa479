namespace Hotline.Telephony.Sdp;

/// <summary>Answers a peer's offer for our audio endpoint (RFC 3264 §6): accepts one audio stream, rejects the rest with port 0.</summary>
/// <remarks>
/// Choices, all within RFC 3264: the codec is the first one in the offerer's order that we support
/// (the offerer's order is its preference, §5.1, and honouring it avoids a transcoding leg on its side); the
/// answer lists that single codec plus telephone-event so the peer cannot switch codecs mid-call; dynamic
/// payload type numbers are kept as offered (§6.1); only the first usable audio stream is accepted because a
/// call leg carries one audio stream.
/// </remarks>
public static class SdpAnswerer
{
    /// <summary>Builds the answer, stamped with the dialog's o= line, and the negotiated audio (null when none could be accepted).</summary>
    public static SdpAnswerResult Answer(SessionDescription offer, LocalAudioEndpoint local, LocalSdpSession session)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(session);
        local.Validate();

        var answer = LocalAudioMedia.CreateSession(local, session);
        NegotiatedAudio? audio = null;
        for (var i = 0; i < offer.Media.Count; i++)
        {
            var offered = offer.Media[i];
            var accepted = audio is null ? TryAccept(offer, offered, i, local) : null;
            if (accepted is null)
            {
                answer.Media.Add(Reject(offered));
                continue;
            }

            audio = accepted;
            var formats = new List<RtpPayloadFormat> { accepted.Codec };
            if (accepted.TelephoneEvent is { } te)
            {
                formats.Add(te with { Parameters = accepted.TelephoneEvents });
            }

            answer.Media.Add(LocalAudioMedia.CreateAudio(
                local,
                offered.Protocol,
                formats,
                accepted.Ptime,
                accepted.RtcpMux,
                offered.Attributes.Mid,
                AnswerDirection(offer.DirectionOf(offered), local.Direction)));
        }

        session.Stamp(answer);
        return new SdpAnswerResult(answer, audio);
    }

    /// <summary>The direction we write in the answer: RFC 3264 §6.1's table, narrowed to what we want.</summary>
    public static SdpDirection AnswerDirection(SdpDirection offered, SdpDirection desired) => SdpDirections.AnswerTo(offered, desired);

    private static NegotiatedAudio? TryAccept(SessionDescription offer, MediaDescription offered, int index, LocalAudioEndpoint local)
    {
        // §6: a stream offered with port 0 stays rejected; we carry plain RTP audio only (no SRTP, no DTLS).
        if (offered.IsRejected || !SdpHold.IsAudio(offered) || !IsPlainRtp(offered.Protocol))
        {
            return null;
        }

        var formats = offered.PayloadFormats.ToList();
        var codec = formats.Find(f => local.Codecs.Any(c => c.Matches(f)));
        if (codec is null)
        {
            return null;
        }

        RtpPayloadFormat? telephoneEvent = null;
        string? events = null;
        if (local.TelephoneEventPayloadType is not null
            && formats.Find(f => f.Is(TelephoneEventSet.EncodingName, codec.ClockRate)) is { } offeredEvents)
        {
            // RFC 4733 §7.1.1: no fmtp means events 0-15; answer only the events both ends handle.
            var theirs = TelephoneEventSet.TryParse(offeredEvents.Parameters) ?? TelephoneEventSet.Default;
            var common = theirs.Intersect(TelephoneEventSet.Parse(local.TelephoneEvents));
            if (!common.IsEmpty)
            {
                telephoneEvent = offeredEvents with { Parameters = null };
                events = common.ToString();
            }
        }

        var rtcpMux = local.RtcpMux && offered.Attributes.RtcpMux;
        var target = RemoteMediaTarget.From(offer, offered, index, rtcpMux);
        var answered = AnswerDirection(offer.DirectionOf(offered), local.Direction);
        var unspecified = offer.ConnectionFor(offered)!.IsUnspecified;
        return new NegotiatedAudio
        {
            MediaIndex = index,
            Codec = codec with { Parameters = null },
            TelephoneEvent = telephoneEvent,
            ReceiveTelephoneEventPayloadType = telephoneEvent?.PayloadType,
            TelephoneEvents = events,
            RemoteAddress = target.Address,
            RemoteRtpPort = target.RtpPort,
            RemoteRtcpAddress = target.RtcpAddress,
            RemoteRtcpPort = target.RtcpPort,
            RtcpMux = rtcpMux,
            // RFC 3264 §8.4: with c=0.0.0.0 neither RTP nor RTCP may be sent, whatever the direction says.
            Direction = SdpDirections.From(answered.Sends() && !unspecified, answered.Receives()),
            Ptime = SendPtime(offered, local.Ptime),
            RemoteHold = SdpHold.IsHold(offer, offered),
        };
    }

    /// <summary>The packetisation the peer asked to receive (ptime), capped by its maxptime; ours when it gave none.</summary>
    internal static int SendPtime(MediaDescription remote, int fallback)
    {
        var ptime = remote.Attributes.Ptime ?? fallback;
        return remote.Attributes.MaxPtime is { } max && max < ptime ? max : ptime;
    }

    private static bool IsPlainRtp(string protocol) =>
        protocol.Equals("RTP/AVP", StringComparison.OrdinalIgnoreCase)
        || protocol.Equals("RTP/AVPF", StringComparison.OrdinalIgnoreCase);

    private static MediaDescription Reject(MediaDescription offered)
    {
        // §6: a rejected stream keeps the media type and protocol, port 0, and at least one format; the offer's are reused.
        var formats = offered.Formats.Count > 0 ? offered.Formats : ["0"];
        var rejected = new MediaDescription(offered.Media, 0, offered.Protocol, formats);
        if (offered.Attributes.Mid is { } mid)
        {
            rejected.Attributes.Add(new SdpAttributeLine("mid", mid));
        }

        return rejected;
    }
}
