namespace Hotline.Telephony.Media.Rtp;

/// <summary>One SDES item: a type and up to 255 bytes of UTF-8 text (RFC 3550 §6.5).</summary>
public sealed record RtcpSdesItem(RtcpSdesItemType Type, string Text);
