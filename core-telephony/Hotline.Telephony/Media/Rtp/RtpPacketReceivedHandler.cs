namespace Hotline.Telephony.Media.Rtp;

/// <summary>Receives the RTP packets a session accepts, on its receive loop: return quickly and do not block.</summary>
public delegate void RtpPacketReceivedHandler(RtpSession session, in RtpReceivedPacket packet);
