using System.Net;
using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Transport;

/// <summary>A parsed SIP message and where it came from.</summary>
/// <param name="Message">The request or response.</param>
/// <param name="Remote">The peer it came from (answers go back here, RFC 3261 §18.2.2 and RFC 3581).</param>
/// <param name="Local">The local address it arrived at.</param>
public sealed record SipInboundMessage(SipMessage Message, SipRemote Remote, IPEndPoint Local);
