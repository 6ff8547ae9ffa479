using Hotline.Telephony.Media.Rtp;

namespace Hotline.Telephony.Calls;

/// <summary>RTP quality figures of one leg of a call (loss, jitter, packets), for the CDR.</summary>
/// <param name="Party">The party the leg connected.</param>
/// <param name="Quality">Loss, jitter and counts as measured by the platform and reported by the peer's RTCP.</param>
public sealed record LegQuality(CallParty Party, RtpQualityReport Quality);
