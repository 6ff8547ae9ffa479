namespace Hotline.Telephony.Media.Rtp;

/// <summary>The SDES items describing one source (RFC 3550 §6.5).</summary>
public sealed record RtcpSdesChunk(uint Ssrc, IReadOnlyList<RtcpSdesItem> Items)
{
    /// <summary>The CNAME item's text, if the chunk has one.</summary>
    public string? CanonicalName => Items.FirstOrDefault(i => i.Type == RtcpSdesItemType.CanonicalName)?.Text;
}
