using System.Net;

namespace Hotline.Telephony.Sdp;

/// <summary>Where a B2BUA anchoring media receives each stream: one address and a port per m-line (0 to refuse that stream).</summary>
public sealed record MediaAnchor(IPAddress Address, IReadOnlyList<int> Ports);
