using System.Net;
using Hotline.Telephony.Sdp;

namespace Hotline.Telephony.Calls;

/// <summary>
/// What a leg is sent as session descriptions: the other party's SDP with this leg's own o= line (so the origin a
/// peer sees never changes across transfers, RFC 3264 §8) and, for holds, a forced direction.
/// </summary>
internal sealed class LegSdp(IPAddress localAddress)
{
    private readonly LocalSdpSession _session = new(localAddress);

    /// <summary>Rewrites <paramref name="sdp"/> for this leg; an unparseable body is relayed unchanged.</summary>
    public ReadOnlyMemory<byte> Prepare(ReadOnlyMemory<byte> sdp, SdpDirection? direction = null)
    {
        if (sdp.IsEmpty)
        {
            return sdp;
        }

        if (!SdpParser.TryParse(System.Text.Encoding.UTF8.GetString(sdp.Span), out var description, out _) || description is null)
        {
            return sdp;
        }

        if (direction is { } forced)
        {
            description.Attributes.SetDirection(null);
            foreach (var media in description.Media)
            {
                media.Attributes.SetDirection(forced);
            }
        }

        return SdpSerializer.SerializeToUtf8(SdpRelayRewriter.Rewrite(description, _session));
    }

    /// <summary>Whether the description puts the call on hold (sendonly, inactive or c=0.0.0.0).</summary>
    public static bool IsHold(ReadOnlyMemory<byte> sdp) =>
        !sdp.IsEmpty
        && SdpParser.TryParse(System.Text.Encoding.UTF8.GetString(sdp.Span), out var description, out _)
        && description is not null
        && SdpHold.IsHold(description);
}
