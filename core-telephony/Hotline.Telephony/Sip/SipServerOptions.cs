using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Routing;
using Hotline.Telephony.Sip.Transactions;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Sip;

/// <summary>Everything the SIP service needs to know: where it listens, its domain, service numbers, trunks, routes.</summary>
public sealed class SipServerOptions
{
    public IReadOnlyList<SipListenAddress> Listen { get; set; } = SipListenAddress.ParseList("udp:127.0.0.1:5060;tcp:127.0.0.1:5060");

    /// <summary>The SIP domain, also the digest realm.</summary>
    public string Domain { get; set; } = "hotline.local";

    /// <summary>Numbers anyone may call without credentials (the citizens' hotline numbers) when the server is given no <see cref="Routing.IServiceNumberResolver"/>.</summary>
    public ISet<string> ServiceNumbers { get; } = new HashSet<string>(StringComparer.Ordinal) { "12328" };

    public IList<SipTrunkOptions> Trunks { get; } = [];

    public IList<SipStaticRoute> StaticRoutes { get; } = [];

    /// <summary>How long a static route or an extension-to-extension call rings before giving up.</summary>
    public TimeSpan RingTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public SipTransportOptions Transport { get; set; } = new();

    /// <summary>Transaction timers and limits (RFC 3261 T1, T2, T4 and the layer's bounds); T1 and T2 also pace the B2BUA's 2xx retransmissions.</summary>
    public SipTransactionOptions Transactions { get; set; } = new();

    /// <summary>
    /// Digest algorithms offered in challenges, in order (RFC 8760). SHA-256 first by default; clients that only know
    /// MD5 and read just the first challenge (Debian's sipp 3.6.1) need MD5 first.
    /// </summary>
    public IList<DigestAlgorithm> DigestAlgorithms { get; } = [DigestAlgorithm.Sha256, DigestAlgorithm.Md5];

    /// <summary>Server and User-Agent header value.</summary>
    public string UserAgent { get; set; } = "Hotline";
}
