using System.Globalization;

namespace Hotline.Telephony.Sdp;

/// <summary>Checks a peer's answer against the offer we sent (RFC 3264 §6, §7) and reads what was negotiated for our audio stream.</summary>
public static class SdpAnswerProcessor
{
    /// <summary>
    /// Returns the negotiated audio, or null when the peer rejected our audio stream (port 0).
    /// Throws <see cref="SdpNegotiationException"/> when the answer does not correspond to the offer.
    /// </summary>
    public static NegotiatedAudio? Process(SessionDescription offer, SessionDescription answer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Media.Count != offer.Media.Count)
        {
            throw new SdpNegotiationException(
                $"answer has {Plural(answer.Media.Count)}, offer had {offer.Media.Count} (RFC 3264 §6 requires the same number in the same order)");
        }

        for (var i = 0; i < offer.Media.Count; i++)
        {
            CheckCorresponds(offer.Media[i], answer.Media[i], i);
        }

        var index = IndexOfOurAudio(offer);
        if (index < 0)
        {
            throw new SdpNegotiationException("the offer has no active audio stream to negotiate");
        }

        var offered = offer.Media[index];
        var answered = answer.Media[index];
        if (answered.IsRejected)
        {
            return null;
        }

        var formats = answered.Formats.Select(f => Resolve(offered, answered, f)).OfType<RtpPayloadFormat>().ToList();
        var codec = formats.Find(f => !IsTelephoneEvent(f) && !f.Is("CN", f.ClockRate))
            ?? throw new SdpNegotiationException(
                $"answer accepts the audio stream but lists no codec we offered (formats: {string.Join(' ', answered.Formats)})", index);
        var telephoneEvent = formats.Find(f => IsTelephoneEvent(f) && f.ClockRate == codec.ClockRate);
        var ourEvents = offered.PayloadFormats.FirstOrDefault(IsTelephoneEvent);

        var rtcpMux = offered.Attributes.RtcpMux && answered.Attributes.RtcpMux;
        var target = RemoteMediaTarget.From(answer, answered, index, rtcpMux);
        var ours = offer.DirectionOf(offered);
        var theirs = answer.DirectionOf(answered);
        var unspecified = answer.ConnectionFor(answered)!.IsUnspecified;
        // Leniently combined rather than checked against §6.1's table: phones that answer sendrecv to our sendonly still only get what we offered.
        var direction = SdpDirections.From(
            ours.Sends() && theirs.Receives() && !unspecified,
            ours.Receives() && theirs.Sends());

        return new NegotiatedAudio
        {
            MediaIndex = index,
            Codec = codec with { Parameters = null },
            TelephoneEvent = telephoneEvent is null || ourEvents is null ? null : telephoneEvent with { Parameters = null },
            ReceiveTelephoneEventPayloadType = telephoneEvent is null ? null : ourEvents?.PayloadType,
            TelephoneEvents = telephoneEvent is null || ourEvents is null ? null : CommonEvents(ourEvents, telephoneEvent),
            RemoteAddress = target.Address,
            RemoteRtpPort = target.RtpPort,
            RemoteRtcpAddress = target.RtcpAddress,
            RemoteRtcpPort = target.RtcpPort,
            RtcpMux = rtcpMux,
            Direction = direction,
            Ptime = SdpAnswerer.SendPtime(answered, offered.Attributes.Ptime ?? 20),
            RemoteHold = SdpHold.IsHold(answer, answered),
        };
    }

    private static void CheckCorresponds(MediaDescription offered, MediaDescription answered, int index)
    {
        if (!string.Equals(offered.Media, answered.Media, StringComparison.OrdinalIgnoreCase))
        {
            throw new SdpNegotiationException($"answer has media \"{answered.Media}\" where the offer had \"{offered.Media}\"", index);
        }

        if (!string.Equals(offered.Protocol, answered.Protocol, StringComparison.OrdinalIgnoreCase))
        {
            throw new SdpNegotiationException($"answer uses protocol {answered.Protocol} where the offer had {offered.Protocol}", index);
        }

        if (offered.IsRejected && !answered.IsRejected)
        {
            throw new SdpNegotiationException("answer accepts a stream the offer had disabled with port 0 (RFC 3264 §6)", index);
        }

        if (answered.IsRejected || !answered.IsRtp)
        {
            return;
        }

        if (answered.Formats.Count == 0)
        {
            throw new SdpNegotiationException("answer accepts the stream but lists no format", index);
        }

        foreach (var format in answered.Formats)
        {
            if (Resolve(offered, answered, format) is null)
            {
                throw new SdpNegotiationException(
                    $"answer lists format {format}, which the offer did not (offered: {string.Join(' ', offered.Formats)})", index);
            }
        }
    }

    /// <summary>
    /// Finds an answered format in the offer: by payload type number, or, for a dynamic type the answerer
    /// renumbered (RFC 3264 §6.1 says SHOULD keep, not MUST), by encoding name and clock rate.
    /// The answer's rtpmap wins; a dynamic type it left unmapped takes the offer's mapping.
    /// </summary>
    private static RtpPayloadFormat? Resolve(MediaDescription offered, MediaDescription answered, string format)
    {
        var inAnswer = answered.ResolvePayloadFormat(format);
        if (offered.Formats.Contains(format))
        {
            var inOffer = offered.ResolvePayloadFormat(format);
            return inAnswer ?? inOffer;
        }

        return inAnswer is { IsDynamic: true } && offered.PayloadFormats.Any(f => f.Is(inAnswer.EncodingName, inAnswer.ClockRate))
            ? inAnswer
            : null;
    }

    private static int IndexOfOurAudio(SessionDescription offer)
    {
        for (var i = 0; i < offer.Media.Count; i++)
        {
            if (!offer.Media[i].IsRejected && SdpHold.IsAudio(offer.Media[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? CommonEvents(RtpPayloadFormat ours, RtpPayloadFormat theirs)
    {
        var common = (TelephoneEventSet.TryParse(ours.Parameters) ?? TelephoneEventSet.Default)
            .Intersect(TelephoneEventSet.TryParse(theirs.Parameters) ?? TelephoneEventSet.Default);
        return common.IsEmpty ? null : common.ToString();
    }

    private static bool IsTelephoneEvent(RtpPayloadFormat format) =>
        string.Equals(format.EncodingName, TelephoneEventSet.EncodingName, StringComparison.OrdinalIgnoreCase);

    private static string Plural(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} m-line{(count == 1 ? string.Empty : "s")}");
}
