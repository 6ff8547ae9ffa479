using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Sip.Registrar;

/// <summary>One registered contact of an address-of-record, with where it registered from so requests can go back the same way.</summary>
public sealed record LocationBinding
{
    /// <summary>The address-of-record the contact is bound to.</summary>
    public required AddressOfRecord Aor { get; init; }

    /// <summary>The bound contact URI exactly as registered (URI parameters and escaped headers included, RFC 4475 cparam02/regescrt).</summary>
    public required AddressUri Contact { get; init; }

    /// <summary>The Contact header parameters other than expires (q, +sip.instance, unknown ones as in cparam01), as written.</summary>
    public IReadOnlyList<SipParameter> ContactParameters { get; init; } = [];

    /// <summary>The q value (0..1), or null when the contact gave none (ranked as 1.0).</summary>
    public double? Q { get; init; }

    /// <summary>Where the REGISTER came from: transport, address:port and TCP connection, for NAT traversal and connection reuse.</summary>
    public required SipRemote Source { get; init; }

    /// <summary>The Call-ID of the REGISTER that last wrote this binding (RFC 3261 §10.3 step 7).</summary>
    public required string CallId { get; init; }

    /// <summary>The CSeq number of that REGISTER.</summary>
    public required uint CSeq { get; init; }

    /// <summary>The User-Agent header of that REGISTER, if any.</summary>
    public string? UserAgent { get; init; }

    /// <summary>When the binding was first created.</summary>
    public required DateTimeOffset RegisteredAt { get; init; }

    /// <summary>When the binding lapses unless refreshed.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The q used for ordering: absent counts as the highest preference.</summary>
    public double Rank => Q ?? 1.0;

    /// <summary>Whether the binding has lapsed at <paramref name="now"/>.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt <= now;

    /// <summary>Whole seconds left at <paramref name="now"/>, rounded up (0 once expired).</summary>
    public uint RemainingSecondsAt(DateTimeOffset now) =>
        ExpiresAt <= now ? 0 : (uint)Math.Min(uint.MaxValue, Math.Ceiling((ExpiresAt - now).TotalSeconds));
}
