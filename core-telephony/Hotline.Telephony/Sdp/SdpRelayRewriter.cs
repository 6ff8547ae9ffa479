namespace Hotline.Telephony.Sdp;

/// <summary>
/// Rewrites a description received on one leg for sending on the other: always our own o= line (each leg is
/// its own SDP session, RFC 3264 §8), and, when we anchor media, our address and ports. Everything else is kept.
/// </summary>
public static class SdpRelayRewriter
{
    /// <summary>
    /// A rewritten copy of <paramref name="source"/>. With no anchor (signalling only) only o= changes; with an
    /// anchor every c= line and m= port is replaced, and a=rtcp follows (RTP + 1, or the RTP port under rtcp-mux).
    /// </summary>
    public static SessionDescription Rewrite(SessionDescription source, LocalSdpSession session, MediaAnchor? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(session);
        var copy = source.Clone();
        if (anchor is not null)
        {
            Anchor(copy, anchor);
        }

        session.Stamp(copy);
        return copy;
    }

    private static void Anchor(SessionDescription description, MediaAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor.Address);
        if (anchor.Ports.Count != description.Media.Count)
        {
            throw new ArgumentException(
                $"The anchor has {anchor.Ports.Count} port(s) but the description has {description.Media.Count} m-line(s).",
                nameof(anchor));
        }

        var ours = SdpConnection.For(anchor.Address);
        description.Connection = Replace(description.Connection, ours);
        for (var i = 0; i < description.Media.Count; i++)
        {
            var media = description.Media[i];
            for (var c = 0; c < media.Connections.Count; c++)
            {
                media.Connections[c] = Replace(media.Connections[c], ours)!;
            }

            if (media.IsRejected)
            {
                continue;
            }

            media.Port = anchor.Ports[i];
            if (media.Attributes.Rtcp is { } rtcp)
            {
                var port = media.Attributes.RtcpMux ? media.Port : media.Port + 1;
                media.Attributes.Set(
                    SdpRtcp.AttributeName,
                    new SdpRtcp(port, rtcp.Connection is null ? null : Replace(rtcp.Connection, ours)).ToString());
            }
        }
    }

    /// <summary>Keeps a 0.0.0.0 connection so an RFC 2543-style hold reaches the other leg intact.</summary>
    private static SdpConnection? Replace(SdpConnection? original, SdpConnection ours) =>
        original is null ? null
        : original.IsUnspecified ? original
        : ours;
}
